// How levels read wherever they are shown (results page, plan, PDF, PowerPoint, workbook), so every
// format prints the same number.

/** Levels are shown with at most one decimal ("2.5"), and a dash where there is no answer. */
export function formatLevel(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A gap with its sign ("+1.5"); a dash where either level is missing. */
export function formatGap(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value > 0 ? `+${formatLevel(value)}` : formatLevel(value);
}
