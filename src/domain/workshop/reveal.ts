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
const NO_GROUP = "No group";

/**
 * Groups with at least `minGroupSize` voters are shown as themselves; smaller ones are folded into
 * "Other groups". If that is still too small, the smallest shown group joins it, until it is big
 * enough, so no shown figure rests on fewer than `minGroupSize` people (and the groups shown always
 * add up to the whole). With a single group left, the split says nothing and is dropped.
 */
export function revealGroups(votes: readonly RevealVote[], order: readonly string[], minGroupSize: number): { groups: RevealGroup[]; groupOf: (vote: RevealVote) => string } {
  const sizes = new Map<string, number>();
  for (const vote of votes) sizes.set(vote.group ?? NO_GROUP, (sizes.get(vote.group ?? NO_GROUP) ?? 0) + 1);
  const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length + (label === NO_GROUP ? 1 : 0));
  const labels = [...sizes.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const shown = labels.filter((label) => sizes.get(label)! >= minGroupSize);
  const folded = labels.filter((label) => sizes.get(label)! < minGroupSize);
  const size = (list: string[]) => list.reduce((sum, label) => sum + sizes.get(label)!, 0);
  while (folded.length > 0 && size(folded) < minGroupSize && shown.length > 0) {
    const smallest = shown.reduce((min, label) => (sizes.get(label)! <= sizes.get(min)! ? label : min));
    shown.splice(shown.indexOf(smallest), 1);
    folded.push(smallest);
  }
  const groups: RevealGroup[] = shown.map((label) => ({ key: `group:${label}`, label, folded: [] }));
  if (folded.length > 0) groups.push({ key: "other", label: shown.length > 0 ? "Other groups" : "Everyone", folded: labels.filter((label) => folded.includes(label)) });
  if (groups.length <= 1) return { groups: [{ key: EVERYONE, label: "Everyone", folded: [] }], groupOf: () => EVERYONE };
  const keyOf = new Map<string, string>(labels.map((label) => [label, folded.includes(label) ? "other" : `group:${label}`]));
  return { groups, groupOf: (vote) => keyOf.get(vote.group ?? NO_GROUP)! };
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
