import { describe, expect, it } from "vitest";

import { defineFramework, type Framework } from "../framework/framework-schema";
import { groupDifferences, groupHeatmap, historyHeatmap, portfolioHeatmap } from "./heatmaps";
import type { PublishedFigures } from "./published-figures";
import { buildTrend, type PublishedRound } from "./trend";

const framework: Framework = defineFramework({
  id: "tiny",
  version: "1",
  name: "Tiny",
  shortName: "Tiny",
  purpose: "nothing",
  source: { title: "T", author: "Tests", notice: "Invented." },
  scoring: { imbalanceThreshold: 1 },
  levels: ["one", "two", "three"].map((id, index) => ({ id, rank: index + 1, name: id, summary: [id] })),
  categories: [
    { id: "a", name: "Alpha", shortName: "A" },
    { id: "b", name: "Beta", shortName: "B" },
  ],
  dimensions: [
    { id: "x", categoryId: "a", name: "Ex", shortName: "X", includes: "x", summary: "x", descriptors: { one: "1", two: "2", three: "3" } },
    { id: "y", categoryId: "b", name: "Why", shortName: "Y", includes: "y", summary: "y", descriptors: { one: "1", two: "2", three: "3" } },
  ],
  outcomes: [],
});

function round(id: string, closedAt: string, levels: Record<string, [number | null, number | null, number | null]>, extra: Partial<PublishedFigures> = {}): PublishedRound {
  return {
    roundId: id,
    name: id.toUpperCase(),
    closedAt: new Date(closedAt),
    figures: {
      schemaVersion: 1,
      frameworkId: "tiny",
      frameworkVersion: "1",
      participantCount: 5,
      minGroupSize: 3,
      overall: { current: null, target: null },
      categories: [
        { categoryId: "a", current: levels.x?.[0] ?? null, target: levels.x?.[1] ?? null },
        { categoryId: "b", current: levels.y?.[0] ?? null, target: levels.y?.[1] ?? null },
      ],
      dimensions: Object.entries(levels).map(([dimensionId, [current, target, spread]]) => ({
        dimensionId,
        current,
        target,
        source: "median" as const,
        currentSpread: spread,
        targetSpread: null,
        answers: 5,
        dontKnow: 0,
      })),
      groups: [],
      ...extra,
    },
  };
}

const h1 = round("h1", "2026-01-30", { x: [1, 3, 2], y: [2, 3, 0] });
const h2 = round("h2", "2026-07-30", { x: [2, 3, 1] });
const otherVersion: PublishedRound = { ...round("old", "2025-07-30", { x: [3, 3, 0], y: [3, 3, 0] }), figures: { ...round("old", "2025-07-30", {}).figures, frameworkVersion: "0" } };

describe("trend across rounds", () => {
  it("orders rounds by closing date and leaves out other framework versions", () => {
    const trend = buildTrend(framework, [h2, otherVersion, h1]);
    expect(trend.rounds.map((entry) => entry.roundId)).toEqual(["h1", "h2"]);
    expect(trend.leftOut).toBe(1);
    expect(trend.dimensions[0]!.points.map((point) => point.current)).toEqual([1, 2]);
    expect(trend.dimensions[1]!.points.map((point) => point.current)).toEqual([2, null]); // not answered in H2
    expect(trend.categories.map((series) => series.name)).toEqual(["Alpha", "Beta"]);
  });
});

describe("heatmaps", () => {
  it("shows an organization's history with the metric asked for", () => {
    const today = historyHeatmap(framework, [h2, h1], "current");
    expect(today.columns.map((column) => column.name)).toEqual(["H1", "H2"]);
    expect(today.cells).toEqual([
      [1, 2],
      [2, null],
    ]);
    expect(today.domain).toEqual([1, 3]);
    expect(historyHeatmap(framework, [h1, h2], "gap").cells).toEqual([
      [2, 1],
      [1, null],
    ]);
    expect(historyHeatmap(framework, [h1, h2], "gap").domain).toEqual([-2, 2]);
    expect(historyHeatmap(framework, [h1, h2], "spread").cells[0]).toEqual([2, 1]);
  });

  it("splits a round by the groups it published", () => {
    const withGroups = round("g", "2026-07-30", { x: [2, 3, 1] }, {
      groups: [
        { group: "IT", folded: [], participantCount: 4, dimensions: [{ dimensionId: "x", current: 3, target: 3, currentSpread: 0 }] },
        { group: "Marketing", folded: [], participantCount: 3, dimensions: [{ dimensionId: "x", current: 1, target: 3, currentSpread: 1 }] },
      ],
    });
    const heatmap = groupHeatmap(framework, withGroups, "gap");
    expect(heatmap.columns.map((column) => column.name)).toEqual(["IT (4)", "Marketing (3)"]);
    expect(heatmap.cells).toEqual([
      [0, 2],
      [null, null],
    ]);
    // Where the groups disagree: 2 levels apart on today's level of x; nothing to compare on y.
    expect(groupDifferences(groupHeatmap(framework, withGroups, "current"))).toEqual([2, null]);
    expect(groupDifferences(heatmap)).toEqual([2, null]);
    expect(groupDifferences(groupHeatmap(framework, withGroups, "spread"))).toBeNull();
  });

  it("compares each organization with the median of the others only from five organizations", () => {
    const orgs = [1, 2, 3, 2, 3].map((level, index) => ({
      organizationId: `o${index}`,
      organizationName: `Org ${index}`,
      round: round(`r${index}`, "2026-07-30", { x: [level, 3, 0] }),
    }));
    const five = portfolioHeatmap(framework, orgs, "current");
    expect(five.cells[0]).toEqual([1, 2, 3, 2, 3]);
    // Org 0 (1) against the others 2, 3, 2, 3 (median 2.5).
    expect(five.versusOthers?.[0]).toEqual([-1.5, -0.5, 1, -0.5, 1]);
    expect(five.versusOthers?.[1]).toEqual([null, null, null, null, null]);
    expect(portfolioHeatmap(framework, orgs.slice(0, 4), "current").versusOthers).toBeNull();
  });

  it("compares a cell only when at least four other organizations have a figure for it", () => {
    // Five organizations, but only two answered "y": the others' "median" would be one client's level.
    const orgs = [1, 2, 3, 2, 3].map((level, index) => ({
      organizationId: `o${index}`,
      organizationName: `Org ${index}`,
      round: round(`r${index}`, "2026-07-30", index < 2 ? { x: [level, 3, 0], y: [level, 3, 0] } : { x: [level, 3, 0] }),
    }));
    const heatmap = portfolioHeatmap(framework, orgs, "current");
    expect(heatmap.versusOthers?.[0]).toEqual([-1.5, -0.5, 1, -0.5, 1]);
    expect(heatmap.versusOthers?.[1]).toEqual([null, null, null, null, null]);
  });
});
