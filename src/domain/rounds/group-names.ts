// Group names as people type them ("marketing", "Marketing ") and as the round lists them
// ("Marketing"): one group, spelt the round's way.

export const normalizeGroup = (group: string) => group.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/**
 * The round's own spelling of a group, matched case-insensitively ("marketing" → "Marketing"), or
 * the name as given (trimmed) when the round does not list it; null for no group.
 */
export function canonicalGroup(group: string | null, order: readonly string[]): string | null {
  if (group === null || group.trim() === "") return null;
  return order.find((listed) => normalizeGroup(listed) === normalizeGroup(group)) ?? group.trim();
}
