import { describe, expect, it } from "vitest";

import { contrastRatio, heatColor } from "./heat-color";
import { formatChange, formatLevel } from "./level-format";

describe("heatmap colours", () => {
  it("run along cividis from the low to the high end of the domain, clamped", () => {
    expect(heatColor(1, [1, 5]).background).toBe(heatColor(-3, [1, 5]).background);
    expect(heatColor(5, [1, 5]).background).toBe(heatColor(9, [1, 5]).background);
    expect(heatColor(1, [1, 5]).background).not.toBe(heatColor(5, [1, 5]).background);
  });

  it("put text on every cell with at least the 4.5:1 contrast of WCAG AA", () => {
    for (let step = 0; step <= 40; step += 1) {
      const { background, text } = heatColor(step / 10, [0, 4]);
      expect(contrastRatio(background, text), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
    // Dark blue at the low end takes white text, pale yellow at the high end dark text.
    expect(heatColor(1, [1, 5]).text).toBe("#ffffff");
    expect(heatColor(5, [1, 5]).text).toBe("#000000");
  });
});

describe("level formats", () => {
  it("show one decimal at most and a real minus sign", () => {
    expect([formatLevel(2), formatLevel(2.5), formatLevel(null)]).toEqual(["2", "2.5", "—"]);
    expect([formatChange(1), formatChange(-0.5), formatChange(0), formatChange(null)]).toEqual(["+1", "−0.5", "0", "—"]);
  });
});
