import { bucketParticipants } from "../scoring/group-buckets";
import { summarize, type LevelStats } from "../scoring/level-stats";
import { WIDE_DISAGREEMENT_SPREAD } from "./workshop-machine";

// What the room sees when the facilitator reveals a dimension's votes: for today and needed, how
// many chose each level, split by participant group, with the median and the spread. Anonymous:
// no names, and groups too small to hide one person are folded together.

/** A level, null for "don't know". */
export type RevealVote = { participantId: string; group: string | null; currentLevel: number | null; targetLevel: number | null };

export type RevealGroup = { key: string; label: string; folded: string[] };

export type LevelDistribution = {
  /** One row per framework level, lowest first: votes in total and per group key. */
  levels: { rank: number; name: string; total: number; byGroup: Record<string, number> }[];
  stats: LevelStats;
  /** The spread is WIDE_DISAGREEMENT_SPREAD levels or more. */
  wideDisagreement: boolean;
};

export type Reveal = { voters: number; groups: RevealGroup[]; today: LevelDistribution; needed: LevelDistribution };

export const EVERYONE = "everyone";

/**
 * The groups the reveal may split by, by the results' own privacy rule (group-buckets): groups with
 * fewer than `minGroupSize` voters are folded into "Other", and the smallest shown group joins it
 * while it is still too small, so no shown figure rests on fewer than `minGroupSize` people. With a
 * single bucket left, the split says nothing and is dropped.
 */
export function revealGroups(votes: readonly RevealVote[], order: readonly string[], minGroupSize: number): { groups: RevealGroup[]; groupOf: (vote: RevealVote) => string } {
  const buckets = bucketParticipants(votes, { order, minSize: minGroupSize });
  if (buckets.length <= 1) return { groups: [{ key: EVERYONE, label: "Everyone", folded: [] }], groupOf: () => EVERYONE };
  const keyOf = new Map<string, string>();
  for (const bucket of buckets) for (const participantId of bucket.participantIds) keyOf.set(participantId, bucket.key);
  return {
    groups: buckets.map((bucket) => ({ key: bucket.key, label: bucket.label, folded: bucket.folded })),
    groupOf: (vote) => keyOf.get(vote.participantId) ?? EVERYONE,
  };
}

function distribution(values: readonly { level: number | null; group: string }[], levels: readonly { rank: number; name: string }[]): LevelDistribution {
  const rows = levels.map((level) => ({ rank: level.rank, name: level.name, total: 0, byGroup: {} as Record<string, number> }));
  for (const { level, group } of values) {
    const row = rows.find((candidate) => candidate.rank === level);
    if (!row) continue;
    row.total += 1;
    row.byGroup[group] = (row.byGroup[group] ?? 0) + 1;
  }
  const stats = summarize(values.map((value) => value.level));
  return { levels: rows, stats, wideDisagreement: stats.spread !== null && stats.spread >= WIDE_DISAGREEMENT_SPREAD };
}

export function buildReveal(
  votes: readonly RevealVote[],
  options: { levels: readonly { rank: number; name: string }[]; groupOrder: readonly string[]; minGroupSize: number },
): Reveal {
  const { groups, groupOf } = revealGroups(votes, options.groupOrder, options.minGroupSize);
  return {
    voters: votes.length,
    groups,
    today: distribution(votes.map((vote) => ({ level: vote.currentLevel, group: groupOf(vote) })), options.levels),
    needed: distribution(votes.map((vote) => ({ level: vote.targetLevel, group: groupOf(vote) })), options.levels),
  };
}
