// How levels read on every screen: at most one decimal ("2.5"), a dash where there is none.

export function formatLevel(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A difference with its sign: "+1", "−0.5", "0". */
export function formatChange(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (value > 0) return `+${formatLevel(value)}`;
  if (value < 0) return `−${formatLevel(-value)}`;
  return "0";
}
