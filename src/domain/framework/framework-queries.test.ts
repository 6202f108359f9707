import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { getDescriptor, getDimension, getDimensionsByCategory, getLevelByRank, getNextLevel } from "./framework-queries";

describe("framework lookups", () => {
  it("finds dimensions and levels by id and rank", () => {
    expect(getDimension(mpem, "culture")?.name).toBe("Culture");
    expect(getDimension(mpem, "missing")).toBeUndefined();
    expect(getLevelByRank(mpem, 3)?.name).toBe("Intermediate");
    expect(getLevelByRank(mpem, 6)).toBeUndefined();
  });

  it("gives the next level, and none above the top", () => {
    expect(getNextLevel(mpem, "basic")?.id).toBe("foundational");
    expect(getNextLevel(mpem, "leader")).toBeUndefined();
  });

  it("groups dimensions by category in model order", () => {
    expect(getDimensionsByCategory(mpem).map(({ category, dimensions }) => [category.id, dimensions.length])).toEqual([
      ["functional", 4],
      ["organizational", 5],
      ["people", 2],
    ]);
  });

  it("reads a descriptor by dimension and rank", () => {
    expect(getDescriptor(mpem, "extent", 4)).toBe("Personas & dynamic segmentation, insights driven /predictive.");
    expect(getDescriptor(mpem, "extent", 9)).toBeUndefined();
  });
});
