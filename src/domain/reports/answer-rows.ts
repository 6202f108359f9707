import type { Framework } from "../framework/framework-schema";
import { bucketParticipants } from "../scoring/group-buckets";

// Every answer of a round for the workbook and the CSV, so that no row can be tied to a person:
// no name, no respondent number linking one person's answers across dimensions, rows sorted by
// their content rather than by who answered or when, and a group only where the results page shows
// that group on its own (the same folding rule, so a group of two is never named). A round with
// fewer answers than its privacy minimum exports no rows at all (the report model drops them).

export type StoredAnswer = {
  participantId: string;
  group: string | null;
  dimensionId: string;
  /** A level, null for "don't know", undefined for "not answered yet". */
  currentLevel: number | null | undefined;
  targetLevel: number | null | undefined;
  comment: string | null;
  evidenceUrl: string | null;
};

export type AnswerRow = {
  dimension: string;
  category: string;
  /** The group as the results page shows it ("Other" for folded ones), or "" when the split is not shown. */
  group: string;
  today: number | null;
  todayDontKnow: boolean;
  needed: number | null;
  neededDontKnow: boolean;
  comment: string;
  evidenceUrl: string;
};

const isGiven = (answer: StoredAnswer) => answer.currentLevel !== undefined || answer.targetLevel !== undefined;

function compareNullable(a: number | null, b: number | null): number {
  return (a ?? -1) - (b ?? -1);
}

export function buildAnswerRows(framework: Framework, answers: readonly StoredAnswer[], options: { groupOrder: readonly string[]; minGroupSize: number }): AnswerRow[] {
  const given = answers.filter(isGiven);
  const buckets = bucketParticipants(given, { order: options.groupOrder, minSize: options.minGroupSize });
  const groupOf = new Map<string, string>();
  if (buckets.length >= 2) for (const bucket of buckets) for (const id of bucket.participantIds) groupOf.set(id, bucket.label);
  const dimensionIndex = new Map(framework.dimensions.map((dimension, index) => [dimension.id, index]));
  const categoryName = new Map(framework.categories.map((category) => [category.id, category.name]));
  return given
    .filter((answer) => dimensionIndex.has(answer.dimensionId))
    .map((answer) => {
      const dimension = framework.dimensions[dimensionIndex.get(answer.dimensionId)!]!;
      return {
        order: dimensionIndex.get(answer.dimensionId)!,
        row: {
          dimension: dimension.name,
          category: categoryName.get(dimension.categoryId) ?? dimension.categoryId,
          group: groupOf.get(answer.participantId) ?? "",
          today: answer.currentLevel ?? null,
          todayDontKnow: answer.currentLevel === null,
          needed: answer.targetLevel ?? null,
          neededDontKnow: answer.targetLevel === null,
          comment: answer.comment?.trim() ?? "",
          evidenceUrl: answer.evidenceUrl?.trim() ?? "",
        },
      };
    })
    .sort(
      (a, b) =>
        a.order - b.order ||
        a.row.group.localeCompare(b.row.group) ||
        compareNullable(a.row.today, b.row.today) ||
        compareNullable(a.row.needed, b.row.needed) ||
        a.row.comment.localeCompare(b.row.comment) ||
        a.row.evidenceUrl.localeCompare(b.row.evidenceUrl),
    )
    .map(({ row }) => row);
}
