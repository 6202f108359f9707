import { describe, expect, it } from "vitest";

import { compareRounds, comparisonView, matchByEmail, summarizeChanges, type LevelPair } from "./comparison";

const figures = (entries: Record<string, LevelPair>) => new Map(Object.entries(entries));

describe("comparing a round with the previous one", () => {
  const dimensions = ["extent", "scope", "culture", "strategy"];
  const previous = figures({
    extent: { current: 2, target: 4 },
    scope: { current: 3, target: 3 },
    culture: { current: 2.5, target: 3 },
  });
  const current = figures({
    extent: { current: 3, target: 4 },
    scope: { current: 3, target: 4 },
    culture: { current: 2, target: null },
    strategy: { current: 2, target: 3 },
  });
  const changes = compareRounds(dimensions, previous, current);

  it("gives today's change and its direction per dimension", () => {
    expect(changes.map((change) => [change.dimensionId, change.currentChange, change.direction])).toEqual([
      ["extent", 1, "up"],
      ["scope", 0, "same"],
      ["culture", -0.5, "down"],
      ["strategy", null, null],
    ]);
  });

  it("says whether last round's needed level was reached", () => {
    expect(changes.map((change) => change.targetReached)).toEqual([false, true, false, null]);
  });

  it("leaves a dimension answered in only one round without a change", () => {
    const strategy = changes[3]!;
    expect(strategy.then).toBeNull();
    expect(strategy.now).toEqual({ current: 2, target: 3 });
    expect(strategy.targetChange).toBeNull();
    expect(changes[2]!.targetChange).toBeNull(); // culture: nobody gave a needed level this time
  });

  it("counts what moved", () => {
    expect(summarizeChanges(changes)).toEqual({ up: 1, down: 1, same: 1, targetsReached: 1, targetsSet: 3 });
  });
});

describe("matching participants to the previous round", () => {
  it("matches by e-mail, ignoring case and spaces; newcomers and leavers have no match", () => {
    const previous = [
      { id: "p1", email: "Ana@Example.com" },
      { id: "p2", email: "left@example.com" },
      { id: "p3", email: null },
    ];
    const current = [
      { id: "c1", email: " ana@example.com " },
      { id: "c2", email: "new@example.com" },
      { id: "c3", email: null },
    ];
    const matches = matchByEmail(previous, current);
    expect([...matches.entries()].map(([id, earlier]) => [id, earlier.id])).toEqual([["c1", "p1"]]);
  });
});

describe("the comparison view", () => {
  const framework = { id: "mpem", version: "1.0", dimensions: [{ id: "extent", name: "Extent" }, { id: "scope", name: "Scope" }] };
  const figures = (version: string, extent: LevelPair) => ({ frameworkId: "mpem", frameworkVersion: version, dimensions: [{ dimensionId: "extent", ...extent }] });

  it("names each dimension and says whether last round's target was reached", () => {
    const view = comparisonView(framework, { name: "H2", figures: figures("1.0", { current: 3, target: 4 }) }, { name: "H1", figures: figures("1.0", { current: 2, target: 3 }) });
    expect(view).toMatchObject({ comparable: true, previousName: "H1", currentName: "H2" });
    if (!view.comparable) throw new Error("comparable expected");
    expect(view.rows.map((row) => [row.name, row.currentChange, row.targetChange, row.targetReached])).toEqual([
      ["Extent", 1, 1, true],
      ["Scope", null, null, null],
    ]);
  });

  it("refuses to compare across framework versions", () => {
    expect(comparisonView(framework, { name: "H2", figures: figures("1.0", { current: 3, target: 4 }) }, { name: "H1", figures: figures("0.9", { current: 2, target: 3 }) })).toEqual({
      comparable: false,
      previousName: "H1",
    });
  });
});
