import { evidenceUrlProblem, isAnswered as isAnsweredRule, needsReason, REASON_NEEDED_MESSAGE } from "@/domain/rounds/answer-rules";

// A participant's answer for one dimension as the browser holds it, and the pure rules for what is
// sent, what is shown, and what still needs the participant.

export type AnswerFields = {
  currentLevel: number | null;
  currentDontKnow: boolean;
  targetLevel: number | null;
  targetDontKnow: boolean;
  comment: string;
  evidenceUrl: string;
};

/** The server's copy; `revision` is the server's count of writes applied, so newer copies win. */
export type ServerAnswer = AnswerFields & { revision: number };
export type ServerAnswers = Record<string, ServerAnswer>;

/** An answer as the server sends it (null for an empty comment or link). */
export type SavedAnswer = Omit<AnswerFields, "comment" | "evidenceUrl"> & { dimensionId: string; comment: string | null; evidenceUrl: string | null; revision: number };

/**
 * An edit made on this device that the server does not fully have yet. It stays in the outbox (and
 * in localStorage) until the server has all of it: a field the server would refuse keeps it here,
 * visible with its message, while the rest of the answer is sent.
 */
export type PendingAnswer = AnswerFields & {
  /** This device's number for this edit: higher is newer (see device-clock.ts). */
  deviceRevision: number;
  /** Set to deviceRevision once the server has everything but the fields in error. */
  sentRevision?: number;
  /** The server refused this edit for reasons the browser did not foresee: field → message. */
  rejected?: Record<string, string>;
};
export type Outbox = Record<string, PendingAnswer>;

export const emptyAnswer: AnswerFields = {
  currentLevel: null,
  currentDontKnow: false,
  targetLevel: null,
  targetDontKnow: false,
  comment: "",
  evidenceUrl: "",
};

export function fieldsOf(answer: AnswerFields): AnswerFields {
  const { currentLevel, currentDontKnow, targetLevel, targetDontKnow, comment, evidenceUrl } = answer;
  return { currentLevel, currentDontKnow, targetLevel, targetDontKnow, comment, evidenceUrl };
}

export function toServerAnswer(saved: SavedAnswer): ServerAnswer {
  return { ...fieldsOf({ ...saved, comment: saved.comment ?? "", evidenceUrl: saved.evidenceUrl ?? "" }), revision: saved.revision };
}

/** Takes the server's copies that are at least as new as the ones already known. */
export function adoptServerAnswers(known: ServerAnswers, incoming: readonly SavedAnswer[], { complete = false } = {}): ServerAnswers {
  const next: ServerAnswers = complete ? {} : { ...known };
  for (const saved of incoming) {
    const current = known[saved.dimensionId];
    next[saved.dimensionId] = current && current.revision > saved.revision ? current : toServerAnswer(saved);
  }
  return next;
}

/** What the participant sees: their own edits not yet fully saved, else the server's copy. */
export function displayedAnswer(server: ServerAnswers, outbox: Outbox, dimensionId: string): AnswerFields | undefined {
  const pending = outbox[dimensionId] ?? server[dimensionId];
  return pending ? fieldsOf(pending) : undefined;
}

/** Problems the browser can see itself, by the rules the server applies: field → message. */
export function fieldProblems(answer: AnswerFields): Record<string, string> {
  const problems: Record<string, string> = {};
  const evidence = evidenceUrlProblem(answer.evidenceUrl);
  if (evidence) problems.evidenceUrl = evidence;
  if (needsReason(answer)) problems.comment = REASON_NEEDED_MESSAGE;
  return problems;
}

export function problemsOf(pending: PendingAnswer): Record<string, string> {
  return { ...fieldProblems(pending), ...pending.rejected };
}

export type AnswerPayload = Omit<AnswerFields, "evidenceUrl"> & { dimensionId: string; evidenceUrl?: string; deviceId: string; deviceRevision: number };

/**
 * What to send for a pending edit, or null when there is nothing to send: the server already has
 * all it can take of this edit, the server refused it, or the levels cannot be saved without a
 * comment saying why. An invalid evidence link is left out, so the server keeps the link it has.
 */
export function sendablePayload(dimensionId: string, pending: PendingAnswer, deviceId: string): AnswerPayload | null {
  if (pending.rejected || pending.sentRevision === pending.deviceRevision || needsReason(pending)) return null;
  const { evidenceUrl, ...fields } = fieldsOf(pending);
  return { dimensionId, ...fields, ...(evidenceUrlProblem(evidenceUrl) ? {} : { evidenceUrl }), deviceId, deviceRevision: pending.deviceRevision };
}

/** Once the server confirms an edit: gone from the outbox, unless a field in error must stay. */
export function settle(outbox: Outbox, dimensionId: string, deviceRevision: number): Outbox {
  const pending = outbox[dimensionId];
  if (!pending || pending.deviceRevision !== deviceRevision) return outbox; // a newer edit is waiting
  const { [dimensionId]: _settled, ...rest } = outbox;
  return Object.keys(fieldProblems(pending)).length > 0 ? { ...rest, [dimensionId]: { ...pending, sentRevision: deviceRevision } } : rest;
}

/** The server refused this edit: it stays, with the messages, until the participant changes it. */
export function reject(outbox: Outbox, dimensionId: string, deviceRevision: number, messages: Record<string, string>): Outbox {
  const pending = outbox[dimensionId];
  if (!pending || pending.deviceRevision !== deviceRevision) return outbox;
  return { ...outbox, [dimensionId]: { ...pending, rejected: messages } };
}

export function isAnswered(answer: AnswerFields | undefined): boolean {
  return answer !== undefined && isAnsweredRule(answer);
}

/** Still to be sent (or being sent): the server will have it once the connection allows. */
export function isWaiting(pending: PendingAnswer): boolean {
  return !pending.rejected && pending.sentRevision !== pending.deviceRevision && !needsReason(pending);
}
