import { describe, expect, it } from "vitest";

import { formatChange, formatLevel } from "./level-format";

describe("levels as they read on screen", () => {
  it("shows at most one decimal, and a whole number without one even when it was rounded to it", () => {
    expect(formatLevel(2)).toBe("2");
    expect(formatLevel(2.45)).toBe("2.5");
    expect(formatLevel(1.96)).toBe("2");
    expect(formatLevel(3.04)).toBe("3");
    expect(formatLevel(null)).toBe("—");
  });

  it("signs a change, with a true minus sign", () => {
    expect(formatChange(0.5)).toBe("+0.5");
    expect(formatChange(-1.96)).toBe("−2");
    expect(formatChange(0)).toBe("0");
  });
});
