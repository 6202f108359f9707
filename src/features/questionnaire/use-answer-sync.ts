"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { emptyAnswer, mergeWithOutbox, needsComment, pruneOutbox, toPayload, type AnswerDraft, type AnswerMap } from "./answer-draft";

// Every change is written to localStorage first (the outbox), then sent. Whatever happens to the
// network or the tab, an answer the user gave is either on the server or in the outbox, and the
// outbox is sent again on the next chance: reconnection, a timer, or the next visit.

export type SyncState = "saved" | "saving" | "offline" | "error";
export type Blocked = { reason: string } | null;

type Options = { token: string; initialAnswers: AnswerMap; isOpen: boolean };

const RETRY_DELAYS_MS = [1_000, 3_000, 10_000];

function outboxKey(token: string) {
  return `mpem:outbox:${token}`;
}

function readOutbox(token: string): AnswerMap {
  try {
    return JSON.parse(window.localStorage.getItem(outboxKey(token)) ?? "{}") as AnswerMap;
  } catch {
    return {};
  }
}

function writeOutbox(token: string, outbox: AnswerMap) {
  try {
    if (Object.keys(outbox).length === 0) window.localStorage.removeItem(outboxKey(token));
    else window.localStorage.setItem(outboxKey(token), JSON.stringify(outbox));
  } catch {
    // Storage full or disabled: the in-memory outbox still retries while the tab is open.
  }
}

export function useAnswerSync({ token, initialAnswers, isOpen }: Options) {
  const [answers, setAnswers] = useState<AnswerMap>(initialAnswers);
  const answersRef = useRef<AnswerMap>(initialAnswers);
  const flushRef = useRef<() => Promise<void>>(async () => {});
  const [pending, setPending] = useState<AnswerMap>({});
  const [syncState, setSyncState] = useState<SyncState>("saved");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [blocked, setBlocked] = useState<Blocked>(null);
  const outbox = useRef<AnswerMap>({});
  const flushing = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);

  const commitOutbox = useCallback(
    (next: AnswerMap) => {
      outbox.current = next;
      writeOutbox(token, next);
      setPending(next);
    },
    [token],
  );

  const flush = useCallback(async () => {
    if (flushing.current || blocked || !isOpen) return;
    flushing.current = true;
    clearTimeout(retryTimer.current);
    let networkFailed = false;
    try {
      for (const [dimensionId, draft] of Object.entries(outbox.current)) {
        if (needsComment(draft)) continue; // held back until the user says why; the UI shows it
        setSyncState("saving");
        let response: Response;
        try {
          response = await fetch(`/api/r/${token}/answers`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(toPayload(dimensionId, draft)),
            keepalive: true,
          });
        } catch {
          networkFailed = true;
          break;
        }
        if (response.status >= 500) {
          networkFailed = true;
          break;
        }
        const body = (await response.json().catch(() => ({}))) as { message?: string; fieldErrors?: Record<string, string[]> };
        const remaining = { ...outbox.current };
        if (remaining[dimensionId]?.revision === draft.revision) delete remaining[dimensionId];
        if (response.ok) {
          setErrors(({ [dimensionId]: _cleared, ...rest }) => rest);
          commitOutbox(remaining);
        } else if (response.status === 422) {
          // Retrying cannot help; the message stays beside the question until the user changes it.
          setErrors((current) => ({ ...current, [dimensionId]: Object.values(body.fieldErrors ?? {}).flat().join(" ") || body.message || "Not saved." }));
          commitOutbox(remaining);
        } else {
          setBlocked({ reason: body.message ?? "Answers can no longer be saved." });
          return;
        }
      }
    } finally {
      flushing.current = false;
    }
    const waiting = Object.values(outbox.current).filter((draft) => !needsComment(draft)).length;
    if (networkFailed) {
      setSyncState("offline");
      const delay = RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)];
      failures.current += 1;
      retryTimer.current = setTimeout(() => void flushRef.current(), delay);
    } else if (waiting > 0) {
      void flushRef.current(); // changes made while this pass was sending
    } else {
      failures.current = 0;
      setSyncState("saved");
    }
  }, [blocked, commitOutbox, isOpen, token]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Restore what an earlier visit left unsent, then send it. This runs after hydration because the
  // server cannot see this device's storage.
  useEffect(() => {
    const saved = pruneOutbox(initialAnswers, readOutbox(token));
    if (Object.keys(saved).length > 0) {
      answersRef.current = mergeWithOutbox(answersRef.current, saved);
       
      setAnswers(answersRef.current);
      commitOutbox(saved);
      void flushRef.current();
    }
    // Only on first render: later renders must not re-read storage over live edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const retryNow = () => {
      failures.current = 0;
      void flush();
    };
    window.addEventListener("online", retryNow);
    return () => {
      window.removeEventListener("online", retryNow);
      clearTimeout(retryTimer.current);
    };
  }, [flush]);

  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const updateAnswer = useCallback(
    (dimensionId: string, change: Partial<AnswerDraft>, options: { immediate?: boolean } = {}) => {
      if (!isOpen || blocked) return;
      const previous = answersRef.current[dimensionId] ?? emptyAnswer;
      const revision = Math.max(previous.revision, outbox.current[dimensionId]?.revision ?? 0) + 1;
      const next: AnswerDraft = { ...previous, ...change, revision };
      answersRef.current = { ...answersRef.current, [dimensionId]: next };
      setAnswers(answersRef.current);
      commitOutbox({ ...outbox.current, [dimensionId]: next });
      // Never show "saved" while a change is only on this device.
      if (!needsComment(next)) setSyncState((state) => (state === "offline" ? state : "saving"));
      setErrors(({ [dimensionId]: _cleared, ...rest }) => rest);
      clearTimeout(debounce.current);
      debounce.current = setTimeout(() => void flushRef.current(), options.immediate ? 50 : 600);
    },
    [blocked, commitOutbox, isOpen],
  );

  const waitingCount = useMemo(() => Object.keys(pending).length, [pending]);
  return { answers, updateAnswer, syncState, waitingCount, errors, blocked, flush };
}
