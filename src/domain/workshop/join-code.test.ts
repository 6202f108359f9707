import { describe, expect, it } from "vitest";

import { formatJoinCode, JOIN_CODE_ALPHABET, joinCodeFrom, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are six characters from an alphabet without look-alikes", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(joinCodeFrom([0, 1, 2, 3, 4, 30])).toBe("ABCDE9");
    expect(() => joinCodeFrom([1, 2])).toThrow(/6 characters/);
  });

  it("accept what a person types: lower case, spaces, a dash", () => {
    expect(normalizeJoinCode("abc de9")).toBe("ABCDE9");
    expect(normalizeJoinCode(" ABC-DE9 ")).toBe("ABCDE9");
  });

  it("reject anything that cannot be a code", () => {
    expect(normalizeJoinCode("ABCDE")).toBeNull();
    expect(normalizeJoinCode("ABCDE0")).toBeNull();
    expect(normalizeJoinCode(42)).toBeNull();
    expect(normalizeJoinCode("A".repeat(100))).toBeNull();
  });

  it("are shown in two halves", () => {
    expect(formatJoinCode("ABCDE9")).toBe("ABC DE9");
  });
});
