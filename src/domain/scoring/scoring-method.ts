// The sentences a results page shows under its numbers, so nobody has to guess how one was made or
// why one is missing. Kept beside the code that computes them.

/** Fewest answers behind any figure shown, unless the round asks for more. */
export const DEFAULT_MIN_GROUP_SIZE = 3;
/** Below three, a reader who knows one answer (their own) can work out the other. */
export const LOWEST_MIN_GROUP_SIZE = 3;
export const HIGHEST_MIN_GROUP_SIZE = 50;

/** How the numbers are made, for a framework's own imbalance threshold. */
export function scoringMethod(imbalanceThreshold: number): string[] {
  return [
    "Each dimension's level is the median of the participants' answers; with an even number of answers it is the mean of the two middle ones (so 2 and 3 give 2.5).",
    "\"Don't know\" answers are left out of the median and counted separately; dimensions a participant has not answered yet are left out.",
    "\"Answered by\" counts the people who answered a dimension at all, \"don't know\" included.",
    "Where the group has agreed a consensus level for a dimension, that level replaces the median.",
    "Spread is the lowest to the highest answer; a wide spread is worth discussing in the workshop.",
    "Gap = needed level − today's level. A category's level today and needed are means over the same dimensions, those with both levels known; the overall level likewise over all dimensions.",
    `A dimension is flagged as an imbalance when today's level is ${imbalanceThreshold} or more levels away from the overall level.`,
  ];
}

/** The privacy rule in plain words, for the round's own minimum. */
export function privacyRule(minGroupSize: number): string[] {
  const k = minGroupSize;
  return [
    `Every figure shown rests on the answers of at least ${k} people; where fewer answered, it is left out and marked so.`,
    `Groups with fewer than ${k} participants who answered are folded into "Other". If "Other" would still hold fewer than ${k}, the smallest group shown is folded into it as well, so that the groups shown always add up to the whole round and nobody can subtract one person's answers.`,
    `Comments are shown without names, in alphabetical order; a comment shows its group only when that group is shown on its own.`,
  ];
}
