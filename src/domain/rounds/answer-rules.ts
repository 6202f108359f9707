// Rules about one answer that both the browser and the server apply. Kept free of zod so the
// questionnaire's client bundle stays small.

/**
 * A target below today's level is allowed, but only with a comment saying why. The questionnaire
 * holds such an answer back and the save endpoint rejects it, both by this one rule.
 */
export function needsReason(answer: { currentLevel: number | null; targetLevel: number | null; comment: string | null }): boolean {
  return answer.currentLevel !== null && answer.targetLevel !== null && answer.targetLevel < answer.currentLevel && !answer.comment?.trim();
}

/** A dimension counts as answered once both today's and the needed level are given (or "don't know"). */
export function isAnswered(answer: { currentLevel: number | null; currentDontKnow: boolean; targetLevel: number | null; targetDontKnow: boolean }): boolean {
  return (answer.currentLevel !== null || answer.currentDontKnow) && (answer.targetLevel !== null || answer.targetDontKnow);
}
