import { describe, expect, it } from "vitest";

import type { PublishedFigures } from "./published-figures";
import { roundStandings } from "./round-standing";
import type { PublishedRound } from "./trend";

function round(roundId: string, overall: { current: number | null; target: number | null }, frameworkVersion = "1.0"): PublishedRound {
  const figures = { frameworkId: "mpem", frameworkVersion, overall, categories: [], dimensions: [], groups: [] } as unknown as PublishedFigures;
  return { roundId, name: roundId.toUpperCase(), closedAt: new Date("2026-01-01T00:00:00Z"), figures };
}

describe("round standings for the list of rounds", () => {
  it("gives each round its overall levels and the change since the round before", () => {
    const standings = roundStandings([round("h1", { current: 2.2, target: 3.5 }), round("h2", { current: 2.5, target: 3.7 })]);
    expect(standings.get("h1")).toEqual({ current: 2.2, target: 3.5, change: null, previousName: null });
    expect(standings.get("h2")).toEqual({ current: 2.5, target: 3.7, change: 0.3, previousName: "H1" });
  });

  it("compares only with a round on the same framework version, skipping one whose level was withheld", () => {
    const standings = roundStandings([
      round("a", { current: 2, target: 4 }),
      round("b", { current: 3, target: 4 }, "2.0"),
      round("c", { current: null, target: null }),
      round("d", { current: 1.5, target: 4 }),
    ]);
    expect(standings.get("b")?.change).toBeNull();
    expect(standings.get("c")).toEqual({ current: null, target: null, change: null, previousName: null });
    expect(standings.get("d")).toMatchObject({ change: -0.5, previousName: "A" });
  });
});
