// Join codes: short enough to read off a projector and type on a phone, from an alphabet without
// look-alikes (no 0/O, 1/I/L: a code is never misread). Six characters give 31^6 ≈ 887 million codes; with wrong guesses
// rate-limited per address, guessing a live one is hopeless.

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** A code from random integers in [0, alphabet length): the caller supplies the randomness. */
export function joinCodeFrom(randomIndexes: readonly number[]): string {
  if (randomIndexes.length !== JOIN_CODE_LENGTH) throw new Error(`A join code has ${JOIN_CODE_LENGTH} characters.`);
  return randomIndexes.map((index) => JOIN_CODE_ALPHABET[index % JOIN_CODE_ALPHABET.length]).join("");
}

/** What a person typed, as a code (case, spaces and dashes do not matter), or null if it cannot be one. */
export function normalizeJoinCode(typed: unknown): string | null {
  if (typeof typed !== "string" || typed.length > 40) return null;
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, "");
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  return [...cleaned].every((character) => JOIN_CODE_ALPHABET.includes(character)) ? cleaned : null;
}

/** "ABC DEF": easier to read aloud and to copy from a screen. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
