import { MAX_LEVEL } from "@/domain/rounds/answer-rules";

import type { KeyValueStorage } from "./device-clock";
import { emptyAnswer, type Outbox, type PendingAnswer } from "./answer-draft";

// The outbox lives in localStorage, so an edit survives a closed tab, a crash or a reload until
// the server has it. Entries written by an earlier version of the page are read too.

function outboxKey(token: string) {
  return `mpem:outbox:${token}`;
}

// Any level the round's framework might have; the server refuses one beyond its scale with a message.
const level = (value: unknown) => (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_LEVEL ? (value as number) : null);
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** One stored entry, or null if it is not an answer at all. */
function normalise(value: unknown, nextRevision: () => number): PendingAnswer | null {
  if (typeof value !== "object" || value === null) return null;
  const entry = value as Record<string, unknown>;
  const deviceRevision = Number.isSafeInteger(entry.deviceRevision) && (entry.deviceRevision as number) > 0 ? (entry.deviceRevision as number) : null;
  const rejected =
    typeof entry.rejected === "object" && entry.rejected !== null
      ? Object.fromEntries(Object.entries(entry.rejected).filter((pair): pair is [string, string] => typeof pair[1] === "string"))
      : undefined;
  return {
    ...emptyAnswer,
    currentLevel: level(entry.currentLevel),
    currentDontKnow: entry.currentDontKnow === true,
    targetLevel: level(entry.targetLevel),
    targetDontKnow: entry.targetDontKnow === true,
    comment: text(entry.comment),
    evidenceUrl: text(entry.evidenceUrl),
    // An entry from before device revisions (it has only `revision`) is an edit not yet sent.
    deviceRevision: deviceRevision ?? nextRevision(),
    ...(deviceRevision !== null && entry.sentRevision === deviceRevision ? { sentRevision: deviceRevision } : {}),
    ...(deviceRevision !== null && rejected && Object.keys(rejected).length > 0 ? { rejected } : {}),
  };
}

export function readOutbox(storage: KeyValueStorage | null, token: string, nextRevision: () => number): Outbox {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(outboxKey(token)) ?? "{}");
  } catch {
    return {};
  }
  if (typeof stored !== "object" || stored === null) return {};
  const outbox: Outbox = {};
  for (const [dimensionId, value] of Object.entries(stored)) {
    const pending = normalise(value, nextRevision);
    if (pending) outbox[dimensionId] = pending;
  }
  return outbox;
}

export function writeOutbox(storage: KeyValueStorage | null, token: string, outbox: Outbox) {
  try {
    if (Object.keys(outbox).length === 0) storage?.removeItem(outboxKey(token));
    else storage?.setItem(outboxKey(token), JSON.stringify(outbox));
  } catch {
    // Storage full or disabled: the in-memory outbox still retries while the tab is open.
  }
}
