import type { ShownStats } from "@/domain/scoring/round-scoring";

export { formatGap, formatLevel } from "@/domain/scoring/format";

/** Why a level is missing, in words a reader understands; null when it is not missing. */
export function missingReason(value: number | null | undefined, stats: ShownStats): string | null {
  if (value !== null && value !== undefined) return null;
  if (stats.withheld) return "too few answers";
  return stats.dontKnow > 0 ? "only \"don't know\"" : "no answers";
}
