// Is this person already in the round (or twice on the pasted list)? The same e-mail address is the
// same person; the same name is treated as the same person when either has no address to tell them
// apart. The consultant decides what to do about each one; nothing is dropped silently.

export type PersonKey = { displayName: string; email: string | null };
export type Duplicate = { index: number; displayName: string; reason: "in-round" | "in-list" };

const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
const emailKey = (email: string | null) => (email ? email.trim().toLocaleLowerCase("en") : null);

function samePerson(a: PersonKey, b: PersonKey): boolean {
  const [emailA, emailB] = [emailKey(a.email), emailKey(b.email)];
  if (emailA && emailB) return emailA === emailB;
  return nameKey(a.displayName) === nameKey(b.displayName);
}

export function findDuplicates(candidates: readonly PersonKey[], existing: readonly PersonKey[]): Duplicate[] {
  return candidates.flatMap((candidate, index): Duplicate[] => {
    if (existing.some((person) => samePerson(candidate, person))) return [{ index, displayName: candidate.displayName, reason: "in-round" }];
    if (candidates.slice(0, index).some((earlier) => samePerson(candidate, earlier))) return [{ index, displayName: candidate.displayName, reason: "in-list" }];
    return [];
  });
}
