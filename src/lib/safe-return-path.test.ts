import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-return-path";

describe("safe return path", () => {
  it("keeps this site's own paths", () => {
    expect(safeReturnPath("/w/acme/organizations?x=1")).toBe("/w/acme/organizations?x=1");
  });

  it.each([["https://evil.example"], ["//evil.example"], ["/\\evil.example"], ["/\u0009/evil.example"], ["javascript:alert(1)"], [42], [undefined]])(
    "falls back for %s",
    (value) => {
      expect(safeReturnPath(value)).toBe("/workspaces");
    },
  );
});
