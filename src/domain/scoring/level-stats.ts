// Statistics of the levels participants chose for one question. "Don't know" (null) is counted
// apart and never averaged in; "not answered" (undefined) is not counted at all.

export type LevelStats = {
  /** Answers with a level. */
  count: number;
  /** "Don't know" answers. */
  dontKnow: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min: how far apart the participants are. */
  spread: number | null;
};

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** The median; with an even count, the mean of the two middle values (2 and 3 give 2.5). */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(values: readonly (number | null | undefined)[]): LevelStats {
  const levels = values.filter((value): value is number => typeof value === "number");
  const dontKnow = values.filter((value) => value === null).length;
  if (levels.length === 0) return { count: 0, dontKnow, median: null, mean: null, min: null, max: null, spread: null };
  const min = Math.min(...levels);
  const max = Math.max(...levels);
  return { count: levels.length, dontKnow, median: medianOf(levels), mean: meanOf(levels), min, max, spread: max - min };
}
