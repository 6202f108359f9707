import type { ShownStats } from "@/domain/scoring/round-scoring";

/** Levels are shown with at most one decimal ("2.5"), and a dash where there is no answer. */
export function formatLevel(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function formatGap(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value > 0 ? `+${formatLevel(value)}` : formatLevel(value);
}

/** Why a level is missing, in words a reader understands; null when it is not missing. */
export function missingReason(value: number | null | undefined, stats: ShownStats): string | null {
  if (value !== null && value !== undefined) return null;
  if (stats.withheld) return "too few answers";
  return stats.dontKnow > 0 ? "only \"don't know\"" : "no answers";
}
