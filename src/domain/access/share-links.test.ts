import { describe, expect, it } from "vitest";

import { isWellFormedShareToken, SHARE_LINK_DEFAULT_DAYS, shareLinkExpiry, shareLinkInput, shareLinkState } from "./share-links";

const created = new Date("2026-11-26T10:00:00Z");

describe("share link input", () => {
  it("defaults to 30 days and no label", () => {
    expect(shareLinkInput.parse({ label: "", expiresInDays: "" })).toEqual({ label: null, expiresInDays: SHARE_LINK_DEFAULT_DAYS });
    expect(SHARE_LINK_DEFAULT_DAYS).toBe(30);
  });

  it("accepts a label and a number of days from 1 to 90", () => {
    expect(shareLinkInput.parse({ label: "  CEO board pack ", expiresInDays: "7" })).toEqual({ label: "CEO board pack", expiresInDays: 7 });
    expect(shareLinkInput.parse({ label: "", expiresInDays: "90" }).expiresInDays).toBe(90);
  });

  it.each([
    ["0", "at least 1 day"],
    ["91", "at most 90 days"],
    ["2.5", "whole number"],
    ["soon", "must be a number"],
  ])("refuses %s days with a message that says why", (days, message) => {
    const result = shareLinkInput.safeParse({ label: "", expiresInDays: days });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(" ")).toContain(message);
  });

  it("refuses a label that is too long", () => {
    expect(shareLinkInput.safeParse({ label: "x".repeat(81), expiresInDays: "" }).success).toBe(false);
  });
});

describe("share link state", () => {
  const expiresAt = shareLinkExpiry(created, 30);

  it("expires exactly the given number of days after creation", () => {
    expect(expiresAt.toISOString()).toBe("2026-12-26T10:00:00.000Z");
  });

  it("is active until it expires, expired from that instant on", () => {
    expect(shareLinkState({ expiresAt, revokedAt: null }, new Date("2026-12-26T09:59:59Z"))).toBe("active");
    expect(shareLinkState({ expiresAt, revokedAt: null }, expiresAt)).toBe("expired");
  });

  it("says revoked once revoked, even after it would have expired", () => {
    const revokedAt = new Date("2026-11-27T10:00:00Z");
    expect(shareLinkState({ expiresAt, revokedAt }, new Date("2026-11-28T00:00:00Z"))).toBe("revoked");
    expect(shareLinkState({ expiresAt, revokedAt }, new Date("2027-02-01T00:00:00Z"))).toBe("revoked");
  });
});

describe("share link tokens", () => {
  it("looks up only base64url tokens of 32 bytes", () => {
    expect(isWellFormedShareToken("a".repeat(43))).toBe(true);
    expect(isWellFormedShareToken("a".repeat(42))).toBe(false);
    expect(isWellFormedShareToken("a".repeat(42) + "/")).toBe(false);
    expect(isWellFormedShareToken(undefined)).toBe(false);
  });
});
