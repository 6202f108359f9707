/** Levels are shown with at most one decimal ("2.5"), and a dash where there is no answer. */
export function formatLevel(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function formatGap(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value > 0 ? `+${formatLevel(value)}` : formatLevel(value);
}
