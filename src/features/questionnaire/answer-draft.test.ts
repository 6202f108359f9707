import { describe, expect, it } from "vitest";

import { adoptServerAnswers, displayedAnswer, emptyAnswer, fieldProblems, isAnswered, isWaiting, reject, sendablePayload, settle, type PendingAnswer, type SavedAnswer } from "./answer-draft";

const device = "0123456789abcdef0123456789abcdef";
const edit = (deviceRevision: number, change: Partial<PendingAnswer> = {}): PendingAnswer => ({ ...emptyAnswer, currentLevel: 2, targetLevel: 4, deviceRevision, ...change });
const saved = (dimensionId: string, revision: number, currentLevel: number): SavedAnswer => ({
  dimensionId,
  currentLevel,
  currentDontKnow: false,
  targetLevel: 4,
  targetDontKnow: false,
  comment: null,
  evidenceUrl: null,
  revision,
});

describe("what the browser sends", () => {
  it("sends an edit whole, with this device's id and revision", () => {
    expect(sendablePayload("extent", edit(7, { evidenceUrl: "https://wiki.example/x" }), device)).toEqual({
      dimensionId: "extent",
      currentLevel: 2,
      currentDontKnow: false,
      targetLevel: 4,
      targetDontKnow: false,
      comment: "",
      evidenceUrl: "https://wiki.example/x",
      deviceId: device,
      deviceRevision: 7,
    });
  });

  it("leaves out an evidence link the server would refuse, and sends the rest", () => {
    const payload = sendablePayload("extent", edit(7, { evidenceUrl: "sharepoint/x", comment: "Seen in Q3" }), device);
    expect(payload).not.toHaveProperty("evidenceUrl");
    expect(payload).toMatchObject({ comment: "Seen in Q3", deviceRevision: 7 });
  });

  it("sends nothing for an edit the server already has all it can take of, refused, or that needs a reason first", () => {
    expect(sendablePayload("extent", edit(7, { sentRevision: 7 }), device)).toBeNull();
    expect(sendablePayload("extent", edit(7, { rejected: { answer: "No." } }), device)).toBeNull();
    expect(sendablePayload("extent", edit(7, { currentLevel: 4, targetLevel: 2 }), device)).toBeNull();
    expect(isWaiting(edit(7, { currentLevel: 4, targetLevel: 2 }))).toBe(false);
    expect(isWaiting(edit(7))).toBe(true);
  });
});

describe("what the browser keeps", () => {
  it("drops a confirmed edit, but keeps one whose evidence link is in error (marked as sent) until it is fixed", () => {
    expect(settle({ extent: edit(7) }, "extent", 7)).toEqual({});
    expect(settle({ extent: edit(7, { evidenceUrl: "sharepoint/x" }) }, "extent", 7)).toEqual({ extent: edit(7, { evidenceUrl: "sharepoint/x", sentRevision: 7 }) });
  });

  it("keeps a newer edit made while an older one was being confirmed or refused", () => {
    const outbox = { extent: edit(8) };
    expect(settle(outbox, "extent", 7)).toBe(outbox);
    expect(reject(outbox, "extent", 7, { answer: "No." })).toBe(outbox);
  });

  it("keeps a refused edit with the server's messages", () => {
    expect(reject({ extent: edit(7) }, "extent", 7, { comment: "Too long." }).extent).toMatchObject({ rejected: { comment: "Too long." } });
  });

  it("names the problems it can see itself, with the server's messages", () => {
    expect(fieldProblems(edit(1, { evidenceUrl: "sharepoint/x" }))).toEqual({ evidenceUrl: "The evidence link must be a web address starting with https:// or http://." });
    expect(fieldProblems(edit(1, { currentLevel: 4, targetLevel: 2 }))).toEqual({ comment: "The target is below today's level: add a comment saying why." });
    expect(fieldProblems(edit(1))).toEqual({});
  });
});

describe("what the browser shows", () => {
  it("shows its own unsaved edit over the server's copy, and the server's copy otherwise", () => {
    const server = adoptServerAnswers({}, [saved("extent", 3, 5), saved("scope", 1, 1)]);
    expect(displayedAnswer(server, { extent: edit(9, { currentLevel: 2 }) }, "extent")?.currentLevel).toBe(2);
    expect(displayedAnswer(server, {}, "extent")?.currentLevel).toBe(5);
    expect(displayedAnswer(server, {}, "culture")).toBeUndefined();
  });

  it("adopts the server's copy only when it is at least as new as the one it has", () => {
    const known = adoptServerAnswers({}, [saved("extent", 3, 5)]);
    expect(adoptServerAnswers(known, [saved("extent", 2, 1)]).extent?.currentLevel).toBe(5);
    expect(adoptServerAnswers(known, [saved("extent", 4, 1)]).extent).toEqual({ ...emptyAnswer, currentLevel: 1, targetLevel: 4, revision: 4 });
  });

  it("takes a complete refresh as the whole truth, keeping a newer copy it already has", () => {
    const known = adoptServerAnswers({}, [saved("extent", 3, 5), saved("scope", 2, 2)]);
    const refreshed = adoptServerAnswers(known, [saved("extent", 2, 1)], { complete: true });
    expect(Object.keys(refreshed)).toEqual(["extent"]);
    expect(refreshed.extent?.currentLevel).toBe(5);
  });

  it("counts a dimension as answered once today and needed are both given, \"don't know\" included", () => {
    expect(isAnswered({ ...emptyAnswer, currentLevel: 2 })).toBe(false);
    expect(isAnswered({ ...emptyAnswer, currentDontKnow: true, targetLevel: 3 })).toBe(true);
    expect(isAnswered(undefined)).toBe(false);
  });
});
