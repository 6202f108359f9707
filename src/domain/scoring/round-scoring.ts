import type { Framework } from "../framework/framework-schema";
import { getDescriptor, getLevelByRank } from "../framework/framework-queries";
import { meanOf, round2, summarize, type LevelStats } from "./level-stats";

export type { LevelStats } from "./level-stats";
export { summarize } from "./level-stats";

// From every participant's answers to the round's numbers: per dimension, per category, overall,
// per group, with MPEM section 6's imbalance warning. Pure: the database only supplies answers.

/** A level 1–5, null for "don't know", undefined for "not answered yet" (left out entirely). */
export type AnswerLevel = number | null | undefined;

export type Answer = {
  participantId: string;
  group: string | null;
  dimensionId: string;
  currentLevel: AnswerLevel;
  targetLevel: AnswerLevel;
  comment?: string | null;
};

export type ConsensusEntry = { dimensionId: string; currentLevel: number | null; targetLevel: number | null };

export type DimensionScore = {
  dimensionId: string;
  name: string;
  categoryId: string;
  current: LevelStats;
  target: LevelStats;
  official: { current: number | null; target: number | null; source: "consensus" | "median" };
  gap: number | null;
  nextLevel: { rank: number; name: string; descriptor: string } | null;
  comments: { participantId: string; group: string | null; text: string }[];
};

export type CategoryScore = { categoryId: string; name: string; current: number | null; target: number | null; gap: number | null };
export type Imbalance = { dimensionId: string; name: string; current: number; overall: number; direction: "ahead" | "behind" };
export type GroupScore = { group: string; participantCount: number; dimensions: { dimensionId: string; current: LevelStats; target: LevelStats }[] };

export type RoundScores = {
  participantCount: number;
  dimensions: DimensionScore[];
  categories: CategoryScore[];
  overall: { current: number | null; target: number | null };
  imbalances: Imbalance[];
  groups: GroupScore[];
};

export const DEFAULT_IMBALANCE_THRESHOLD = 1.5;

/** Shown under the results, so nobody has to guess how a number was made. */
export const SCORING_METHOD = [
  "Each dimension's level is the median of the participants' answers; with an even number of answers it is the mean of the two middle ones (so 2 and 3 give 2.5).",
  "\"Don't know\" answers are left out of the median and counted separately; dimensions a participant has not answered yet are left out.",
  "Where the group has agreed a consensus level for a dimension, that level replaces the median.",
  "Spread is the lowest to the highest answer; a wide spread is worth discussing in the workshop.",
  "Gap = needed level − today's level. A category's level is the mean of its dimensions' levels; the overall level is the mean of all dimensions.",
  `A dimension is flagged as an imbalance when today's level is ${DEFAULT_IMBALANCE_THRESHOLD} or more levels away from the overall level (MPEM section 6).`,
] as const;

function gapOf(current: number | null, target: number | null): number | null {
  return current === null || target === null ? null : round2(target - current);
}

function nextLevelAbove(framework: Framework, dimensionId: string, current: number | null): DimensionScore["nextLevel"] {
  if (current === null) return null;
  const rank = Math.floor(current) + 1;
  const level = getLevelByRank(framework, rank);
  const descriptor = getDescriptor(framework, dimensionId, rank);
  return level && descriptor ? { rank, name: level.name, descriptor } : null;
}

function statsFor(answers: readonly Answer[]) {
  return { current: summarize(answers.map((answer) => answer.currentLevel)), target: summarize(answers.map((answer) => answer.targetLevel)) };
}

export function scoreRound(
  framework: Framework,
  answers: readonly Answer[],
  options: { consensus?: readonly ConsensusEntry[]; imbalanceThreshold?: number } = {},
): RoundScores {
  const byDimension = new Map<string, Answer[]>();
  for (const answer of answers) {
    const list = byDimension.get(answer.dimensionId);
    if (list) list.push(answer);
    else byDimension.set(answer.dimensionId, [answer]);
  }
  const consensus = new Map((options.consensus ?? []).map((entry) => [entry.dimensionId, entry]));

  const dimensions: DimensionScore[] = framework.dimensions.map((dimension) => {
    const given = byDimension.get(dimension.id) ?? [];
    const { current, target } = statsFor(given);
    const agreed = consensus.get(dimension.id);
    const officialCurrent = agreed?.currentLevel ?? current.median;
    const officialTarget = agreed?.targetLevel ?? target.median;
    return {
      dimensionId: dimension.id,
      name: dimension.name,
      categoryId: dimension.categoryId,
      current,
      target,
      official: {
        current: officialCurrent,
        target: officialTarget,
        // One label for the pair: if either side was agreed in the workshop, the row is the group's
        // decision, even where the other side still falls back to the median.
        source: agreed && (agreed.currentLevel !== null || agreed.targetLevel !== null) ? "consensus" : "median",
      },
      gap: gapOf(officialCurrent, officialTarget),
      nextLevel: nextLevelAbove(framework, dimension.id, officialCurrent),
      comments: given
        .map((answer) => ({ participantId: answer.participantId, group: answer.group, text: answer.comment?.trim() ?? "" }))
        .filter((comment) => comment.text !== ""),
    };
  });

  const levelsOf = (scores: readonly DimensionScore[], field: "current" | "target") =>
    scores.map((score) => score.official[field]).filter((value): value is number => value !== null);

  const categories: CategoryScore[] = framework.categories.map((category) => {
    const members = dimensions.filter((dimension) => dimension.categoryId === category.id);
    const current = meanOf(levelsOf(members, "current"));
    const target = meanOf(levelsOf(members, "target"));
    return { categoryId: category.id, name: category.name, current, target, gap: gapOf(current, target) };
  });

  const overall = { current: meanOf(levelsOf(dimensions, "current")), target: meanOf(levelsOf(dimensions, "target")) };
  const threshold = options.imbalanceThreshold ?? DEFAULT_IMBALANCE_THRESHOLD;
  const imbalances: Imbalance[] = [];
  if (overall.current !== null) {
    for (const dimension of dimensions) {
      const current = dimension.official.current;
      // Rounded so that binary noise (3 − 1.45 = 1.5499…) cannot move a dimension across the threshold.
      if (current !== null && round2(Math.abs(current - overall.current)) >= threshold) {
        imbalances.push({ dimensionId: dimension.dimensionId, name: dimension.name, current, overall: overall.current, direction: current > overall.current ? "ahead" : "behind" });
      }
    }
  }

  const groupNames = [...new Set(answers.map((answer) => answer.group).filter((group): group is string => group !== null))].sort((a, b) => a.localeCompare(b));
  const groups: GroupScore[] = groupNames.map((group) => {
    const inGroup = answers.filter((answer) => answer.group === group);
    return {
      group,
      participantCount: new Set(inGroup.map((answer) => answer.participantId)).size,
      dimensions: framework.dimensions.map((dimension) => ({ dimensionId: dimension.id, ...statsFor(inGroup.filter((answer) => answer.dimensionId === dimension.id)) })),
    };
  });

  const answering = answers.filter((answer) => answer.currentLevel !== undefined || answer.targetLevel !== undefined);
  return { participantCount: new Set(answering.map((answer) => answer.participantId)).size, dimensions, categories, overall, imbalances, groups };
}
