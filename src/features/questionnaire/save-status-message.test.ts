import { describe, expect, it } from "vitest";

import { describeSaveStatus, type SaveStatusInput } from "./save-status-message";

const calm: SaveStatusInput = { unsaved: 0, waiting: 0, attention: { count: 0 }, connection: "online", sending: false, blocked: false, restored: true };

describe("the save status", () => {
  it("says saved only when nothing is left on this device", () => {
    expect(describeSaveStatus(calm)).toEqual({ tone: "saved", text: "All answers saved" });
    expect(describeSaveStatus({ ...calm, unsaved: 1, waiting: 1 })).toMatchObject({ tone: "busy", text: "Saving…" });
    expect(describeSaveStatus({ ...calm, sending: true })).toMatchObject({ tone: "busy" });
    // Before this device's storage is read, an edit from a last visit may still be waiting there.
    expect(describeSaveStatus({ ...calm, restored: false })).toEqual({ tone: "busy", text: "Checking this device for unsent changes…" });
  });

  it("never says saved while an answer is held back by a field in error, and points at it", () => {
    const view = describeSaveStatus({ ...calm, unsaved: 1, attention: { count: 1, first: { id: "extent", name: "Extent" } } });
    expect(view).toEqual({ tone: "warning", text: "1 answer needs your attention", link: { href: "#question-extent", label: "Go to Extent" } });
    expect(view.text).not.toMatch(/saved/i);
    expect(describeSaveStatus({ ...calm, unsaved: 3, attention: { count: 2 } }).text).toBe("2 answers need your attention");
  });

  it("says what waits on the device while offline or while the server cannot be reached", () => {
    expect(describeSaveStatus({ ...calm, unsaved: 2, waiting: 2, connection: "offline" }).text).toBe("Offline: 2 changes kept on this device, sent when the connection is back");
    expect(describeSaveStatus({ ...calm, unsaved: 1, waiting: 1, connection: "unavailable" })).toEqual({
      tone: "warning",
      text: "The server cannot be reached: 1 change kept on this device, trying again",
    });
    expect(describeSaveStatus({ ...calm, unsaved: 2, waiting: 1, connection: "offline", attention: { count: 1 } }).text).toBe(
      "1 answer needs your attention · Offline: 1 change kept on this device, sent when the connection is back",
    );
  });

  it("says when saving is over, and whether anything was left unsaved", () => {
    expect(describeSaveStatus({ ...calm, blocked: true })).toEqual({ tone: "stopped", text: "Answers can no longer be changed" });
    expect(describeSaveStatus({ ...calm, blocked: true, unsaved: 2, waiting: 2 }).text).toBe("2 changes not saved: answers can no longer be changed");
  });
});
