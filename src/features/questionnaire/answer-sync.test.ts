import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { SavedAnswer } from "./answer-draft";
import { createAnswerSync } from "./answer-sync";
import type { KeyValueStorage } from "./device-clock";

// The sync engine with a scripted network: each test says what the server answers and checks what
// the browser keeps, sends and shows. The real server is covered by the integration and e2e tests.

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const token = "t".repeat(43);
const outboxKey = `mpem:outbox:${token}`;

function savedFrom(body: Record<string, unknown>, revision: number): SavedAnswer {
  return {
    dimensionId: String(body.dimensionId),
    currentLevel: (body.currentLevel as number | null) ?? null,
    currentDontKnow: Boolean(body.currentDontKnow),
    targetLevel: (body.targetLevel as number | null) ?? null,
    targetDontKnow: Boolean(body.targetDontKnow),
    comment: (body.comment as string) || null,
    evidenceUrl: (body.evidenceUrl as string | undefined) || null,
    revision,
  };
}

type Reply = (body: Record<string, unknown>) => Response | Promise<Response>;

function scriptedNetwork(...replies: Reply[]) {
  const sent: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown>;
    sent.push(body);
    const reply = replies.shift();
    if (!reply) throw new Error("no scripted reply left");
    return reply(body);
  });
  return { sent, fetch: fetch as unknown as typeof globalThis.fetch };
}

const ok: Reply = (body) => Response.json({ status: "saved", answer: savedFrom(body, 1) });
const clock = () => {
  let revision = 100;
  return { deviceId: "0123456789abcdef0123456789abcdef", nextRevision: () => (revision += 1) };
};
const levels = { currentLevel: 2, currentDontKnow: false, targetLevel: 4, targetDontKnow: false };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("answer sync", () => {
  it("keeps what is valid when the evidence link is not: the rest is sent, the link stays here with its problem", async () => {
    const storage = memoryStorage();
    const network = scriptedNetwork(ok, ok);
    const sync = createAnswerSync({ token, initialAnswers: {}, isOpen: true, storage, fetch: network.fetch, clock: clock() });
    sync.update("extent", { ...levels, evidenceUrl: "sharepoint/x" });
    sync.update("extent", { comment: "Seen in the Q3 review." });
    await sync.flush();
    expect(network.sent).toHaveLength(1);
    expect(network.sent[0]).not.toHaveProperty("evidenceUrl");
    expect(network.sent[0]).toMatchObject({ comment: "Seen in the Q3 review.", deviceRevision: 102 });
    expect(sync.getSnapshot().server.extent).toMatchObject({ comment: "Seen in the Q3 review." });
    expect(sync.getSnapshot().outbox.extent).toMatchObject({ evidenceUrl: "sharepoint/x", sentRevision: 102 });
    expect(JSON.parse(storage.data.get(outboxKey)!)).toMatchObject({ extent: { evidenceUrl: "sharepoint/x" } });

    await sync.flush(); // nothing more to send until the link changes
    expect(network.sent).toHaveLength(1);
    sync.update("extent", { evidenceUrl: "https://intranet.example/q3" });
    await sync.flush();
    expect(network.sent[1]).toMatchObject({ evidenceUrl: "https://intranet.example/q3" });
    expect(sync.getSnapshot().outbox).toEqual({});
    expect(storage.data.has(outboxKey)).toBe(false);
  });

  it("keeps an edit the server refused for a reason the browser did not foresee, with the message, and does not resend it", async () => {
    const network = scriptedNetwork(() => Response.json({ message: "Check the highlighted fields.", fieldErrors: { comment: ["Comment contains characters that are not allowed."] } }, { status: 422 }), ok);
    const sync = createAnswerSync({ token, initialAnswers: {}, isOpen: true, storage: memoryStorage(), fetch: network.fetch, clock: clock() });
    sync.update("extent", { ...levels, comment: "bad\u0001" });
    await sync.flush();
    await sync.flush();
    expect(network.sent).toHaveLength(1);
    expect(sync.getSnapshot().outbox.extent).toMatchObject({ comment: "bad\u0001", rejected: { comment: "Comment contains characters that are not allowed." } });
    sync.update("extent", { comment: "fine" });
    await sync.flush();
    expect(sync.getSnapshot().outbox).toEqual({});
  });

  it("keeps the edit while the server cannot be reached and sends it again after Retry-After", async () => {
    const unavailable: Reply = () => Response.json({ message: "Briefly unavailable." }, { status: 503, headers: { "Retry-After": "5" } });
    const network = scriptedNetwork(unavailable, ok);
    const sync = createAnswerSync({ token, initialAnswers: {}, isOpen: true, storage: memoryStorage(), fetch: network.fetch, clock: clock() });
    sync.update("extent", levels);
    await sync.flush();
    expect(sync.getSnapshot()).toMatchObject({ connection: "unavailable", outbox: { extent: { currentLevel: 2 } } });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(network.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(network.sent).toHaveLength(2);
    expect(sync.getSnapshot()).toMatchObject({ connection: "online", outbox: {} });
  });

  it("shows the answer the server kept when another device's newer edit won", async () => {
    const network = scriptedNetwork((body) => Response.json({ status: "stale", answer: { ...savedFrom(body, 5), currentLevel: 5, targetLevel: 5 } }));
    const sync = createAnswerSync({ token, initialAnswers: {}, isOpen: true, storage: memoryStorage(), fetch: network.fetch, clock: clock() });
    sync.update("extent", levels);
    await sync.flush();
    expect(sync.getSnapshot().outbox).toEqual({});
    expect(sync.getSnapshot().server.extent).toMatchObject({ currentLevel: 5, targetLevel: 5, revision: 5 });
  });

  it("sends again what a page from before device revisions left in storage", async () => {
    const storage = memoryStorage();
    storage.setItem(outboxKey, JSON.stringify({ scope: { ...levels, comment: "", evidenceUrl: "", revision: 3 } }));
    const network = scriptedNetwork(ok);
    const sync = createAnswerSync({ token, initialAnswers: {}, isOpen: true, storage, fetch: network.fetch, clock: clock() });
    const stop = sync.start(new EventTarget() as unknown as Window);
    await vi.waitFor(() => expect(network.sent).toHaveLength(1));
    expect(network.sent[0]).toMatchObject({ dimensionId: "scope", currentLevel: 2, deviceRevision: 101 });
    await vi.waitFor(() => expect(sync.getSnapshot().outbox).toEqual({}));
    stop();
  });
});
