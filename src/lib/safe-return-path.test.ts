import { describe, expect, it } from "vitest";

import { requestPathOf, safeReturnPath } from "./safe-return-path";

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

describe("request path", () => {
  it("keeps the path and query a visitor asked for, without Next's _rsc parameter", () => {
    expect(requestPathOf(new URL("http://localhost/w/acme/rounds/r1/results?view=print&_rsc=abc"))).toBe("/w/acme/rounds/r1/results?view=print");
    expect(requestPathOf(new URL("http://localhost/w/acme?_rsc=1"))).toBe("/w/acme");
  });
});
