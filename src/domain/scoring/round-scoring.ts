import type { Framework } from "../framework/framework-schema";
import { getDescriptor, getLevelByRank } from "../framework/framework-queries";
import { bucketParticipants, type BucketKind } from "./group-buckets";
import { meanOf, round2, summarize, type LevelStats } from "./level-stats";
import { DEFAULT_MIN_GROUP_SIZE } from "./scoring-method";

export type { LevelStats } from "./level-stats";
export { summarize } from "./level-stats";
export { DEFAULT_MIN_GROUP_SIZE, privacyRule, scoringMethod } from "./scoring-method";

// From every participant's answers to the round's numbers: per dimension, per category, overall,
// per group, with the framework's imbalance warning (MPEM section 6). Pure: the database only supplies answers.
// Figures resting on fewer than `minGroupSize` answers are withheld here, before anything is
// derived from them, so no page, export or later sum can expose them.

/** A level, null for "don't know", undefined for "not answered yet" (left out entirely). */
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

/** Statistics as shown: `withheld` when some answered but fewer than the minimum, levels then null. */
export type ShownStats = LevelStats & { withheld: boolean };

export type DimensionScore = {
  dimensionId: string;
  name: string;
  categoryId: string;
  current: ShownStats;
  target: ShownStats;
  /** People who answered this dimension at all: a level or "don't know", today or needed. */
  respondents: number;
  official: { current: number | null; target: number | null; source: "consensus" | "median" };
  gap: number | null;
  nextLevel: { rank: number; name: string; descriptor: string } | null;
  /** Anonymous: no participant, and a group only where that group is shown on its own. */
  comments: { group: string | null; text: string }[];
};

export type CategoryScore = {
  categoryId: string;
  name: string;
  current: number | null;
  target: number | null;
  gap: number | null;
  /** Dimensions with both levels known: the ones both means are taken over. */
  dimensionsCounted: number;
  dimensionsTotal: number;
};
export type Imbalance = { dimensionId: string; name: string; current: number; overall: number; direction: "ahead" | "behind" };
export type GroupCell = { dimensionId: string; current: ShownStats; target: ShownStats; respondents: number };
export type GroupScore = { key: string; label: string; kind: BucketKind; folded: string[]; participantCount: number; dimensions: GroupCell[] };

export type RoundScores = {
  participantCount: number;
  minGroupSize: number;
  /** Fewer people answered than the minimum: nothing but counts can be shown. */
  withheld: boolean;
  dimensions: DimensionScore[];
  categories: CategoryScore[];
  overall: { current: number | null; target: number | null; gap: number | null; dimensionsCounted: number };
  imbalances: Imbalance[];
  /** The group split, in the round's group order; empty when it cannot be shown safely. */
  groups: GroupScore[];
};

export type ScoringOptions = {
  consensus?: readonly ConsensusEntry[];
  imbalanceThreshold?: number;
  minGroupSize?: number;
  /** The round's groups as it lists them: the split keeps this order and spelling. */
  groupOrder?: readonly string[];
};

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

function shown(stats: LevelStats, minSize: number): ShownStats {
  if (stats.count === 0 || stats.count >= minSize) return { ...stats, withheld: false };
  return { count: stats.count, dontKnow: stats.dontKnow, median: null, mean: null, min: null, max: null, spread: null, withheld: true };
}

const isGiven = (answer: Answer) => answer.currentLevel !== undefined || answer.targetLevel !== undefined;

function cellFor(answers: readonly Answer[], minSize: number) {
  return {
    current: shown(summarize(answers.map((answer) => answer.currentLevel)), minSize),
    target: shown(summarize(answers.map((answer) => answer.targetLevel)), minSize),
    respondents: new Set(answers.filter(isGiven).map((answer) => answer.participantId)).size,
  };
}

/** Means of today and needed over the same dimensions (both known), so the gap agrees with them. */
function meanLevels(scores: readonly DimensionScore[]) {
  const complete = scores.filter((score) => score.official.current !== null && score.official.target !== null);
  const current = meanOf(complete.map((score) => score.official.current!));
  const target = meanOf(complete.map((score) => score.official.target!));
  // The mean of the gaps equals the difference of the means, without the rounding of each mean.
  const gap = meanOf(complete.map((score) => score.official.target! - score.official.current!));
  return { current, target, gap, dimensionsCounted: complete.length };
}

export function scoreRound(framework: Framework, answers: readonly Answer[], options: ScoringOptions = {}): RoundScores {
  const minSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const given = answers.filter(isGiven);
  const participantCount = new Set(given.map((answer) => answer.participantId)).size;
  const withheld = participantCount > 0 && participantCount < minSize;

  const buckets = bucketParticipants(given, { order: options.groupOrder ?? [], minSize });
  const splitShown = buckets.length >= 2;
  const namedGroupOf = new Map<string, string>();
  for (const bucket of buckets) if (bucket.kind === "group") for (const id of bucket.participantIds) namedGroupOf.set(id, bucket.label);

  const byDimension = new Map<string, Answer[]>();
  for (const answer of answers) byDimension.set(answer.dimensionId, [...(byDimension.get(answer.dimensionId) ?? []), answer]);
  const consensus = new Map((options.consensus ?? []).map((entry) => [entry.dimensionId, entry]));

  const dimensions: DimensionScore[] = framework.dimensions.map((dimension) => {
    const forDimension = byDimension.get(dimension.id) ?? [];
    const { current, target, respondents } = cellFor(forDimension, minSize);
    const agreed = consensus.get(dimension.id);
    const officialCurrent = agreed?.currentLevel ?? current.median;
    const officialTarget = agreed?.targetLevel ?? target.median;
    const comments = withheld
      ? []
      : forDimension
          .map((answer) => ({ group: namedGroupOf.get(answer.participantId) ?? null, text: answer.comment?.trim() ?? "" }))
          .filter((comment) => comment.text !== "")
          // Alphabetical, not in answer order: the order must not point at a participant.
          .sort((a, b) => a.text.localeCompare(b.text));
    return {
      dimensionId: dimension.id,
      name: dimension.name,
      categoryId: dimension.categoryId,
      current,
      target,
      respondents,
      official: {
        current: officialCurrent,
        target: officialTarget,
        // One label for the pair: if either side was agreed in the workshop, the row is the group's
        // decision, even where the other side still falls back to the median.
        source: agreed && (agreed.currentLevel !== null || agreed.targetLevel !== null) ? "consensus" : "median",
      },
      gap: gapOf(officialCurrent, officialTarget),
      nextLevel: nextLevelAbove(framework, dimension.id, officialCurrent),
      comments,
    };
  });

  const categories: CategoryScore[] = framework.categories.map((category) => {
    const members = dimensions.filter((dimension) => dimension.categoryId === category.id);
    return { categoryId: category.id, name: category.name, ...meanLevels(members), dimensionsTotal: members.length };
  });

  const overall = meanLevels(dimensions);
  const threshold = options.imbalanceThreshold ?? framework.scoring.imbalanceThreshold;
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

  const groups: GroupScore[] = splitShown
    ? buckets.map((bucket) => {
        const inBucket = answers.filter((answer) => bucket.participantIds.has(answer.participantId));
        return {
          key: bucket.key,
          label: bucket.label,
          kind: bucket.kind,
          folded: bucket.folded,
          participantCount: bucket.participantIds.size,
          dimensions: framework.dimensions.map((dimension) => ({ dimensionId: dimension.id, ...cellFor(inBucket.filter((answer) => answer.dimensionId === dimension.id), minSize) })),
        };
      })
    : [];

  return { participantCount, minGroupSize: minSize, withheld, dimensions, categories, overall, imbalances, groups };
}
