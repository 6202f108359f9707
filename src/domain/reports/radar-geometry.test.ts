import { describe, expect, it } from "vitest";

import { radarPoint, radarPolygon } from "./radar-geometry";

describe("radar geometry", () => {
  const center = { x: 100, y: 100 };

  it("starts at the top and goes clockwise, scaled to the level", () => {
    expect(radarPoint(0, 4, 5, 5, 50, center)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(1, 4, 5, 5, 50, center)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 2.5, 5, 50, center)).toEqual({ x: 100, y: 125 });
  });

  it("works on any scale and draws a missing value at the centre", () => {
    expect(radarPolygon([3, null, 1], 3, 30, center)).toBe("100,70 100,100 91.3,105");
  });
});
