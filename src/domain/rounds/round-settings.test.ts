import { describe, expect, it } from "vitest";

import { minGroupSizeInput } from "./round-settings";

describe("a round's privacy minimum", () => {
  it("accepts whole numbers from 3 to 50, typed or numeric", () => {
    expect(minGroupSizeInput.parse("3")).toBe(3);
    expect(minGroupSizeInput.parse(12)).toBe(12);
    expect(minGroupSizeInput.parse("50")).toBe(50);
  });

  it.each([["2"], [1], ["0"], ["51"], ["3.5"], ["abc"], [""]])("refuses %s with a reason", (value) => {
    const result = minGroupSizeInput.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at least 3|at most 50|whole number/);
  });
});
