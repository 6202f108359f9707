import { describe, expect, it } from "vitest";

import { compareVersions, frameworkChoiceValue, parseFrameworkChoice, sameDefinition } from "./framework-versions";

describe("framework versions and choices", () => {
  it("orders versions as people read them", () => {
    expect(["1.10", "1.9", "2.0", "1.0"].sort(compareVersions)).toEqual(["1.0", "1.9", "1.10", "2.0"]);
  });

  it("names a framework version as id@version and reads it back", () => {
    expect(frameworkChoiceValue({ id: "tcs-data-maturity", version: "1.0" })).toBe("tcs-data-maturity@1.0");
    expect(parseFrameworkChoice("acme@2027 edition @ HQ")).toEqual({ frameworkId: "acme", version: "2027 edition @ HQ" });
    for (const bad of ["mpem", "@1.0", "mpem@", "", 42, null, `${"x".repeat(300)}@1`]) expect(parseFrameworkChoice(bad)).toBeNull();
  });

  it("compares definitions by content, not key order", () => {
    expect(sameDefinition({ a: 1, b: { c: [1, 2], d: "x" } }, { b: { d: "x", c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameDefinition({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameDefinition({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameDefinition({ a: "x" }, { a: "y" })).toBe(false);
  });
});
