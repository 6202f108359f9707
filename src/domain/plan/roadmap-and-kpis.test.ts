import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { tcsDataMaturity } from "../frameworks/tcs-data-maturity";
import { beforeAfter, formatKpiValue, kpiInput, kpiValueInput } from "./kpis";
import { actionInput, addQuarters, buildTimeline, compareActions, describeMovement, formatQuarter, movementOf, quarterChoices } from "./roadmap";

const valid = { title: "Launch a customer data platform", dimensionId: "technology", targetLevel: "4", owner: "CIO", dueQuarter: "2027-Q2", status: "NOT_STARTED", phase: "NOW" };

describe("roadmap actions", () => {
  it("accepts an action on the framework's dimensions and scale", () => {
    expect(actionInput(mpem).parse(valid)).toMatchObject({ targetLevel: 4, title: "Launch a customer data platform" });
  });

  it("refuses what does not fit the framework, with messages that name the field", () => {
    const result = actionInput(tcsDataMaturity).safeParse({ ...valid, targetLevel: "4", dueQuarter: "2027-Q5", owner: " ", phase: "SOON" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      dimensionId: "Choose one of the model's dimensions.",
      targetLevel: "Choose a level from 1 to 3.",
      dueQuarter: "Choose the quarter it is due (such as 2027-Q1).",
      owner: "Owner is required.",
      phase: "Choose Now, Next or Later.",
    });
  });

  it("counts quarters across years", () => {
    expect(addQuarters("2026-Q4", 1)).toBe("2027-Q1");
    expect(addQuarters("2026-Q2", 7)).toBe("2028-Q1");
    expect(formatQuarter("2027-Q3")).toBe("Q3 2027");
    expect(quarterChoices(new Date("2026-11-26T00:00:00Z"), 3)).toEqual(["2026-Q4", "2027-Q1", "2027-Q2"]);
  });

  it("orders Now, Next, Later, then by due quarter, then oldest first", () => {
    const at = (iso: string) => new Date(iso);
    const actions = [
      { id: "later", phase: "LATER" as const, dueQuarter: "2027-Q1", createdAt: at("2026-01-01") },
      { id: "now-late", phase: "NOW" as const, dueQuarter: "2027-Q2", createdAt: at("2026-01-01") },
      { id: "now-new", phase: "NOW" as const, dueQuarter: "2027-Q1", createdAt: at("2026-03-01") },
      { id: "now-old", phase: "NOW" as const, dueQuarter: "2027-Q1", createdAt: at("2026-02-01") },
    ];
    expect([...actions].sort(compareActions).map((action) => action.id)).toEqual(["now-old", "now-new", "now-late", "later"]);
  });

  it("lays the timeline out as phases across every quarter from first to last", () => {
    const created = new Date("2026-01-01");
    const timeline = buildTimeline([
      { id: "a", phase: "NOW" as const, dueQuarter: "2026-Q4", createdAt: created },
      { id: "b", phase: "LATER" as const, dueQuarter: "2027-Q3", createdAt: created },
    ]);
    expect(timeline.quarters).toEqual(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"]);
    expect(timeline.lanes.map((lane) => lane.phase)).toEqual(["NOW", "LATER"]);
    expect(timeline.lanes[1]!.cells.map((cell) => cell.map((action) => action.id))).toEqual([[], [], [], ["b"]]);
    expect(buildTimeline([])).toEqual({ quarters: [], lanes: [] });
  });

  it("says whether the dimension moved by the next round", () => {
    expect(movementOf(4, 2, null)).toEqual({ state: "no-later-round" });
    expect(describeMovement(movementOf(4, 2, { roundName: "H2 2026", level: 3 }))).toBe("Moved up: 2 → 3 in H2 2026");
    expect(describeMovement(movementOf(3, 2, { roundName: "H2 2026", level: 3.5 }))).toBe("Moved up: 2 → 3.5 in H2 2026 (target reached)");
    expect(describeMovement(movementOf(4, 2, { roundName: "H2 2026", level: 2 }))).toBe("Did not move: 2 → 2 in H2 2026");
    expect(describeMovement(movementOf(4, 3, { roundName: "H2 2026", level: 2 }))).toBe("Moved down: 3 → 2 in H2 2026");
    expect(describeMovement(movementOf(4, null, { roundName: "H2 2026", level: 2 }))).toBe("No level in H2 2026");
  });
});

describe("KPIs", () => {
  it("reads values as people type them", () => {
    const parse = (raw: string) => kpiValueInput.parse(raw);
    expect(parse("2.5")).toBe(2.5);
    expect(parse("2,5")).toBe(2.5);
    expect(parse(" 1 250 ")).toBe(1250);
    expect(parse("1,250.5")).toBe(1250.5);
    expect(parse("12%")).toBe(12);
    expect(parse("-3")).toBe(-3);
    for (const bad of ["", "abc", "1e400", "2..5", "=1+1", "1,2,3"]) expect(kpiValueInput.safeParse(bad).success, bad).toBe(false);
  });

  it("knows a custom KPI from a listed one", () => {
    expect(kpiInput.parse({ name: "Net promoter score", unit: "points", direction: "HIGHER_IS_BETTER", catalogKey: null }).catalogKey).toBeNull();
    expect(kpiInput.safeParse({ name: "x", unit: "%", direction: "HIGHER_IS_BETTER", catalogKey: "made-up" }).success).toBe(false);
  });

  it("compares each round's value with the next, in the KPI's better direction", () => {
    const rounds = [
      { id: "r1", name: "H1 2026" },
      { id: "r2", name: "H2 2026" },
      { id: "r3", name: "H1 2027" },
    ];
    const bounce = beforeAfter("LOWER_IS_BETTER", rounds, new Map([["r1", 48.2], ["r2", 41.1]]));
    expect(bounce).toEqual([
      { fromRoundId: "r1", fromRoundName: "H1 2026", toRoundId: "r2", toRoundName: "H2 2026", before: 48.2, after: 41.1, change: -7.1, improved: true },
      { fromRoundId: "r2", fromRoundName: "H2 2026", toRoundId: "r3", toRoundName: "H1 2027", before: 41.1, after: null, change: null, improved: null },
    ]);
    expect(beforeAfter("HIGHER_IS_BETTER", rounds.slice(0, 2), new Map([["r1", 0.1], ["r2", 0.3]]))[0]).toMatchObject({ change: 0.2, improved: true });
    expect(beforeAfter("HIGHER_IS_BETTER", rounds.slice(0, 1), new Map())).toEqual([]);
    expect(formatKpiValue(0.1 + 0.2)).toBe("0.3");
  });
});
