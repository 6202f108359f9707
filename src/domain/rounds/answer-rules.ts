// Rules about one answer that both the browser and the server apply. Kept free of zod so the
// questionnaire's client bundle stays small.

export const MAX_COMMENT_LENGTH = 2000;
export const MAX_EVIDENCE_URL_LENGTH = 2000;
/** No framework has more levels than this (an imported file may have at most 10); it keeps a level inside an int. */
export const MAX_LEVEL = 100;

export const REASON_NEEDED_MESSAGE = "The target is below today's level: add a comment saying why.";

/**
 * A target below today's level is allowed, but only with a comment saying why. The questionnaire
 * holds such an answer back and the save endpoint rejects it, both by this one rule.
 */
export function needsReason(answer: { currentLevel: number | null; targetLevel: number | null; comment: string | null }): boolean {
  return answer.currentLevel !== null && answer.targetLevel !== null && answer.targetLevel < answer.currentLevel && !answer.comment?.trim();
}

/**
 * What is wrong with an evidence link, or null if nothing is (an empty one included). The browser
 * checks with this before sending, so it can keep the rest of the answer and leave the link out;
 * the save endpoint refuses the same links with the same message.
 */
export function evidenceUrlProblem(value: string): string | null {
  const link = value.trim();
  if (link === "") return null;
  if (link.length > MAX_EVIDENCE_URL_LENGTH) return "The evidence link must be at most 2,000 characters.";
  try {
    const url = new URL(link);
    if (url.protocol === "https:" || url.protocol === "http:") return null;
  } catch {
    // not a URL at all: same message as a URL of another kind
  }
  return "The evidence link must be a web address starting with https:// or http://.";
}

/** A dimension counts as answered once both today's and the needed level are given (or "don't know"). */
export function isAnswered(answer: { currentLevel: number | null; currentDontKnow: boolean; targetLevel: number | null; targetDontKnow: boolean }): boolean {
  return (answer.currentLevel !== null || answer.currentDontKnow) && (answer.targetLevel !== null || answer.targetDontKnow);
}

/** A level refused because it is not on the round's framework scale, and which field it is in. */
export type ScaleProblem = { field: "currentLevel" | "targetLevel"; message: string };

/**
 * A level beyond the round's framework: "Level 5 is not on this framework's scale of 1–3". The
 * save statement refuses such a write (and Response's CHECK refuses it for any writer); this is the
 * message the participant sees.
 */
export function levelScaleProblem(answer: { currentLevel: number | null; targetLevel: number | null }, levelCount: number): ScaleProblem | null {
  for (const field of ["currentLevel", "targetLevel"] as const) {
    const level = answer[field];
    if (level !== null && (level < 1 || level > levelCount)) return { field, message: `Level ${level} is not on this framework's scale of 1–${levelCount}.` };
  }
  return null;
}
