import { describe, expect, it } from "vitest";

import { isPastAbsoluteTimeout, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./session-policy";

describe("session lifetime", () => {
  const signedIn = new Date("2026-11-24T08:00:00Z");

  it("ends a session 24 hours after sign-in however active it was", () => {
    expect(isPastAbsoluteTimeout(signedIn, new Date("2026-11-25T07:59:59Z"))).toBe(false);
    expect(isPastAbsoluteTimeout(signedIn, new Date("2026-11-25T08:00:01Z"))).toBe(true);
  });

  it("keeps the idle timeout shorter than the absolute one", () => {
    expect(SESSION_IDLE_SECONDS).toBeLessThan(SESSION_ABSOLUTE_SECONDS);
  });
});
