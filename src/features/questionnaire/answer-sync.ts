import {
  adoptServerAnswers,
  fieldsOf,
  reject,
  sendablePayload,
  settle,
  emptyAnswer,
  type AnswerFields,
  type Outbox,
  type SavedAnswer,
  type ServerAnswers,
} from "./answer-draft";
import { createDeviceClock, type DeviceClock, type KeyValueStorage } from "./device-clock";
import { readOutbox, writeOutbox } from "./outbox-storage";
import type { Connection } from "./save-status-message";

// Keeps a participant's answers in step with the server. Every change is written to the outbox
// (localStorage) first, then sent; whatever happens to the network or the tab, an answer the user
// gave is on the server or in the outbox, and the outbox is sent again at the next chance: a timer,
// the connection coming back, the tab regaining focus, the next visit. The server's copy of each
// answer is adopted whenever nothing newer waits here, so a second device shows what was kept.

export type SyncSnapshot = {
  server: ServerAnswers;
  outbox: Outbox;
  connection: Connection;
  sending: boolean;
  /** Why nothing more can be saved (round closed, link withdrawn), or null. */
  blocked: string | null;
  /** This device's storage has been read: until then, unsent edits from a last visit may exist. */
  restored: boolean;
};

type Options = {
  token: string;
  initialAnswers: ServerAnswers;
  isOpen: boolean;
  storage?: KeyValueStorage | null;
  fetch?: typeof fetch;
  clock?: DeviceClock;
};

const RETRY_DELAYS_MS = [1_000, 3_000, 10_000];
const MAX_RETRY_AFTER_MS = 60_000;
const TYPING_PAUSE_MS = 600;

type ErrorBody = { message?: string; fieldErrors?: Record<string, string[]> };

function messagesOf(body: ErrorBody): Record<string, string> {
  const fields = Object.entries(body.fieldErrors ?? {}).filter(([, messages]) => messages.length > 0);
  if (fields.length > 0) return Object.fromEntries(fields.map(([field, messages]) => [field, messages.join(" ")]));
  return { answer: body.message ?? "The server did not accept this answer." };
}

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : 0;
}

export function createAnswerSync({ token, initialAnswers, isOpen, storage = null, fetch: send = (...args) => fetch(...args), clock }: Options) {
  let snapshot: SyncSnapshot = { server: initialAnswers, outbox: {}, connection: "online", sending: false, blocked: null, restored: false };
  const listeners = new Set<() => void>();
  const deviceClock = clock ?? createDeviceClock(storage);
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** While the server asked to wait (Retry-After), edits queue up instead of knocking again. */
  let notBefore = 0;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;

  function set(change: Partial<SyncSnapshot>) {
    snapshot = { ...snapshot, ...change };
    if (change.outbox) writeOutbox(storage, token, change.outbox);
    for (const listener of listeners) listener();
  }

  function scheduleRetry(minimumMs: number) {
    const delay = Math.max(minimumMs, RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!);
    failures += 1;
    notBefore = minimumMs > 0 ? Date.now() + delay : 0;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      notBefore = 0;
      void flush();
    }, delay);
  }

  /** Sends each edit that has something to send; stops at the first sign the server is out of reach. */
  async function sendPass(): Promise<"done" | "stopped"> {
    for (const dimensionId of Object.keys(snapshot.outbox)) {
      const pending = snapshot.outbox[dimensionId]; // the newest edit, even if it came during this pass
      if (!pending) continue;
      const payload = sendablePayload(dimensionId, pending, deviceClock.deviceId);
      if (!payload) continue;
      set({ sending: true });
      let response: Response;
      try {
        response = await send(`/api/r/${token}/answers`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload), keepalive: true });
      } catch {
        set({ connection: "offline" });
        scheduleRetry(0);
        return "stopped";
      }
      if (response.status >= 500 || response.status === 429) {
        set({ connection: "unavailable" });
        scheduleRetry(retryAfterMs(response));
        return "stopped";
      }
      const body = (await response.json().catch(() => ({}))) as ErrorBody & { answer?: SavedAnswer };
      if (response.ok && body.answer) {
        set({ connection: "online", server: adoptServerAnswers(snapshot.server, [body.answer]), outbox: settle(snapshot.outbox, dimensionId, pending.deviceRevision) });
      } else if (response.status === 403 || response.status === 404 || response.status === 409) {
        set({ connection: "online", blocked: body.message ?? "Answers can no longer be saved." });
        return "stopped";
      } else {
        // Retrying the same edit cannot help: it stays here, with the message, until it is changed.
        set({ connection: "online", outbox: reject(snapshot.outbox, dimensionId, pending.deviceRevision, messagesOf(body)) });
      }
    }
    return "done";
  }

  /** Resolves once everything sendable has been sent, or sending had to stop for now. */
  function flush(): Promise<void> {
    if (!isOpen || snapshot.blocked || Date.now() < notBefore) return Promise.resolve();
    if (running) {
      again = true; // an edit arrived while a pass was sending
      return running;
    }
    clearTimeout(retryTimer);
    running = (async () => {
      try {
        let outcome: "done" | "stopped";
        do {
          again = false;
          outcome = await sendPass();
        } while (outcome === "done" && again);
        if (outcome === "done") failures = 0;
      } finally {
        running = null;
        set({ sending: false });
      }
    })();
    return running;
  }

  /** Takes the server's current copy of every answer (another device may have changed some). */
  async function refresh(): Promise<void> {
    try {
      const response = await send(`/api/r/${token}/answers`, { headers: { Accept: "application/json" }, cache: "no-store" });
      const body = (await response.json().catch(() => ({}))) as ErrorBody & { roundStatus?: string; answers?: SavedAnswer[] };
      if (response.ok && body.answers) {
        set({ server: adoptServerAnswers(snapshot.server, body.answers, { complete: true }) });
        if (body.roundStatus === "CLOSED" && isOpen) set({ blocked: "This round is closed. Answers can no longer be changed." });
      } else if (response.status === 403 || response.status === 404) {
        set({ blocked: body.message ?? "This link no longer opens the questionnaire." });
      }
    } catch {
      // Offline: the next focus or reconnection tries again.
    }
  }

  function update(dimensionId: string, change: Partial<AnswerFields>, { immediate = false } = {}) {
    if (!isOpen || snapshot.blocked) return;
    const base = snapshot.outbox[dimensionId] ?? snapshot.server[dimensionId] ?? emptyAnswer;
    const next = { ...fieldsOf(base), ...change, deviceRevision: deviceClock.nextRevision() };
    set({ outbox: { ...snapshot.outbox, [dimensionId]: next } });
    clearTimeout(pauseTimer);
    pauseTimer = setTimeout(() => void flush(), immediate ? 50 : TYPING_PAUSE_MS);
  }

  /** Restores what an earlier visit left unsent and sends it; listens for chances to retry. */
  function start(target: Pick<Window, "addEventListener" | "removeEventListener"> & { document?: Document }) {
    const restored = readOutbox(storage, token, deviceClock.nextRevision);
    if (Object.keys(restored).length > 0) {
      set({ outbox: { ...restored, ...snapshot.outbox }, restored: true });
      void flush();
    } else {
      set({ restored: true });
    }
    const retryNow = () => {
      failures = 0;
      notBefore = 0;
      void flush();
    };
    const catchUp = () => {
      if (target.document?.visibilityState === "hidden") return;
      void refresh();
      retryNow();
    };
    target.addEventListener("online", catchUp);
    target.addEventListener("focus", catchUp);
    target.document?.addEventListener("visibilitychange", catchUp);
    return () => {
      target.removeEventListener("online", catchUp);
      target.removeEventListener("focus", catchUp);
      target.document?.removeEventListener("visibilitychange", catchUp);
      clearTimeout(retryTimer);
      clearTimeout(pauseTimer);
    };
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    update,
    flush,
    refresh,
  };
}

export type AnswerSync = ReturnType<typeof createAnswerSync>;
