// How levels read on every screen: at most one decimal ("2.5"), a dash where there is none.

export function formatLevel(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  // Rounded first, so 1.96 reads "2" like an exact 2, not "2.0".
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A difference with its sign: "+1", "−0.5", "0". */
export function formatChange(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (value > 0) return `+${formatLevel(value)}`;
  if (value < 0) return `−${formatLevel(-value)}`;
  return "0";
}
