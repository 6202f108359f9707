import { describe, expect, it } from "vitest";

import { defineFramework, type Framework } from "../framework/framework-schema";
import type { PublishedFigures } from "../history/published-figures";
import { buildExecutiveSummary, nearestLevelName } from "./executive-summary";

// Four levels and five dimensions: nothing here may assume MPEM's five levels or eleven dimensions.
const dims = ["a1", "a2", "b1", "b2", "b3"] as const;
const framework: Framework = defineFramework({
  id: "four",
  version: "2",
  name: "Four",
  shortName: "Four",
  purpose: "nothing",
  source: { title: "T", author: "Tests", notice: "Invented." },
  scoring: { imbalanceThreshold: 1.5 },
  levels: ["low", "mid", "high", "top"].map((id, index) => ({ id, rank: index + 1, name: id[0]!.toUpperCase() + id.slice(1), summary: [id] })),
  categories: [
    { id: "a", name: "Alpha", shortName: "A" },
    { id: "b", name: "Beta", shortName: "B" },
  ],
  dimensions: dims.map((id) => ({ id, categoryId: id[0]!, name: `Dim ${id}`, shortName: id, includes: id, summary: id, descriptors: { low: "1", mid: "2", high: "3", top: "4" } })),
  outcomes: [],
});

type Row = [current: number | null, target: number | null, spread: number | null];

function figures(rows: Partial<Record<(typeof dims)[number], Row>>, extra: Partial<PublishedFigures> = {}): PublishedFigures {
  return {
    schemaVersion: 1,
    frameworkId: "four",
    frameworkVersion: "2",
    participantCount: 6,
    minGroupSize: 3,
    overall: { current: 2, target: 3 },
    categories: [
      { categoryId: "a", current: 2, target: 3.5 },
      { categoryId: "b", current: 2.33, target: null },
    ],
    dimensions: Object.entries(rows).map(([dimensionId, [current, target, spread]]) => ({
      dimensionId,
      current,
      target,
      source: "median" as const,
      currentSpread: spread,
      targetSpread: null,
      answers: 6,
      dontKnow: 0,
    })),
    groups: [],
    ...extra,
  };
}

const now = figures({ a1: [1, 4, 2], a2: [2, 3, 3], b1: [3, 3, 1], b2: [1, 3, 3], b3: [4, 4, 0] });

describe("the executive summary", () => {
  it("gives overall and per-category levels today and needed, with the level names of this framework", () => {
    const summary = buildExecutiveSummary(framework, now, null);
    expect(summary.empty).toBe(false);
    expect(summary.overall).toEqual({ current: 2, target: 3, gap: 1, currentName: "Mid", targetName: "High" });
    expect(summary.categories).toEqual([
      { id: "a", name: "Alpha", shortName: "A", current: 2, target: 3.5, gap: 1.5 },
      { id: "b", name: "Beta", shortName: "B", current: 2.33, target: null, gap: null },
    ]);
    expect(nearestLevelName(framework, 9)).toBe("Top");
  });

  it("names the three largest gaps, largest first, ties in the framework's order", () => {
    const summary = buildExecutiveSummary(framework, now, null);
    expect(summary.largestGaps.map((gap) => [gap.dimensionId, gap.gap])).toEqual([
      ["a1", 3],
      ["b2", 2],
      ["a2", 1],
    ]);
    // No gap, or a needed level below today, is not a gap to close.
    const closed = buildExecutiveSummary(framework, figures({ a1: [3, 3, 0], a2: [4, 2, 0] }), null);
    expect(closed.largestGaps).toEqual([]);
  });

  it("names where participants disagree most, every dimension tied at the widest spread", () => {
    expect(buildExecutiveSummary(framework, now, null).disagreement).toEqual({
      spread: 3,
      dimensions: [
        { dimensionId: "a2", name: "Dim a2" },
        { dimensionId: "b2", name: "Dim b2" },
      ],
    });
    expect(buildExecutiveSummary(framework, figures({ a1: [2, 3, 0], a2: [2, 3, null] }), null).disagreement).toBeNull();
  });

  it("warns of imbalance with the framework's own threshold", () => {
    // Overall 2, threshold 1.5: b3 at 4 is ahead; a1 at 1 is only 1 behind.
    expect(buildExecutiveSummary(framework, now, null).imbalances).toEqual([{ dimensionId: "b3", name: "Dim b3", current: 4, direction: "ahead" }]);
  });

  it("says what moved since the previous round and which of its targets were reached", () => {
    // b3 was not answered last time; a2 has no level today this time (a participant left).
    const before = figures({ a1: [1, 2, 1], a2: [2, 3, 1], b1: [2, 3, 0], b2: [1.5, 2, 1] });
    const after = figures({ a1: [2, 4, 1], a2: [null, 3, null], b1: [3, 3, 0], b2: [1, 3, 1], b3: [2, 3, 0] });
    const summary = buildExecutiveSummary(framework, after, { name: "H1 2026", figures: before });
    expect(summary.sinceLast).toEqual({
      comparable: true,
      previousName: "H1 2026",
      up: 2,
      down: 1,
      same: 0,
      // a1 reached 2 (needed 2), b1 reached 3 (needed 3), b2 at 1 missed 2; a2 and b3 cannot say.
      targetsReached: 2,
      targetsSet: 3,
      moves: [
        { dimensionId: "a1", name: "Dim a1", change: 1, direction: "up" },
        { dimensionId: "b1", name: "Dim b1", change: 1, direction: "up" },
        { dimensionId: "b2", name: "Dim b2", change: -0.5, direction: "down" },
      ],
    });
  });

  it("does not compare with a round run on another framework version", () => {
    const older = figures({ a1: [1, 2, 0] }, { frameworkVersion: "1" });
    expect(buildExecutiveSummary(framework, now, { name: "2025", figures: older }).sinceLast).toEqual({ comparable: false, previousName: "2025" });
  });

  it("is empty when the privacy minimum withheld every figure", () => {
    const withheld = figures(
      { a1: [null, null, null], a2: [null, null, null] },
      { participantCount: 2, overall: { current: null, target: null }, categories: [] },
    );
    const summary = buildExecutiveSummary(framework, withheld, null);
    expect(summary.empty).toBe(true);
    expect(summary.largestGaps).toEqual([]);
    expect(summary.disagreement).toBeNull();
    expect(summary.imbalances).toEqual([]);
  });
});
