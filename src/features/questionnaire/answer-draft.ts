import { isAnswered as isAnsweredRule, needsReason } from "@/domain/rounds/answer-rules";

// A participant's answer for one dimension as the browser holds it, and the pure rules for merging
// what the server has with what is still waiting to be sent.

export type AnswerDraft = {
  currentLevel: number | null;
  currentDontKnow: boolean;
  targetLevel: number | null;
  targetDontKnow: boolean;
  comment: string;
  evidenceUrl: string;
  /** Increases with every change; the server keeps the highest it has seen. */
  revision: number;
};

export type AnswerMap = Record<string, AnswerDraft>;

export const emptyAnswer: AnswerDraft = {
  currentLevel: null,
  currentDontKnow: false,
  targetLevel: null,
  targetDontKnow: false,
  comment: "",
  evidenceUrl: "",
  revision: 0,
};

/** What the browser still has to send wins over the server's copy only when it is newer. */
export function mergeWithOutbox(server: AnswerMap, outbox: AnswerMap): AnswerMap {
  const merged: AnswerMap = { ...server };
  for (const [dimensionId, pending] of Object.entries(outbox)) {
    if (pending.revision > (server[dimensionId]?.revision ?? 0)) merged[dimensionId] = pending;
  }
  return merged;
}

/** Outbox entries the server already has (same or newer revision) need not be sent again. */
export function pruneOutbox(server: AnswerMap, outbox: AnswerMap): AnswerMap {
  return Object.fromEntries(Object.entries(outbox).filter(([dimensionId, pending]) => pending.revision > (server[dimensionId]?.revision ?? 0)));
}

export function isAnswered(answer: AnswerDraft | undefined): boolean {
  return answer !== undefined && isAnsweredRule(answer);
}

/** Checked before sending, by the same rule the server applies. */
export function needsComment(answer: AnswerDraft): boolean {
  return needsReason(answer);
}

export function toPayload(dimensionId: string, answer: AnswerDraft) {
  return { dimensionId, ...answer };
}
