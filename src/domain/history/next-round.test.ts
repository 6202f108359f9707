import { describe, expect, it } from "vitest";

import { addMonths, isIsoDate } from "./calendar";
import { compareByReassessment, describeReassessment, halfYearName, nextRoundName, proposeNextDates, reassessmentState } from "./next-round";

describe("calendar", () => {
  it("adds months, keeping the day or clamping it to a shorter month", () => {
    expect(addMonths("2026-01-15", 6)).toBe("2026-07-15");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-10-01", 6)).toBe("2027-04-01");
  });

  it("knows impossible dates", () => {
    expect(isIsoDate("2027-02-30")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-13-01")).toBe(false);
    expect(isIsoDate("27-01-01")).toBe(false);
  });
});

describe("the next round", () => {
  it("is named for the following half-year", () => {
    expect(nextRoundName("H1 2026", "2026-07-01", [])).toBe("H2 2026");
    expect(nextRoundName("H2 2026", "2027-01-05", [])).toBe("H1 2027");
    expect(nextRoundName("h2 2026", "2027-01-05", [])).toBe("H1 2027");
  });

  it("falls back to the half-year of its opening date, and never repeats a name", () => {
    expect(nextRoundName("Kick-off workshop", "2027-03-10", [])).toBe("H1 2027");
    expect(nextRoundName("H1 2026", "2026-07-01", ["H2 2026", "h2 2026 (2)"])).toBe("H2 2026 (3)");
    expect(halfYearName("2027-06-30")).toBe("H1 2027");
    expect(halfYearName("2027-07-01")).toBe("H2 2027");
  });

  it("is never named for a half-year before it opens: a late re-assessment takes the half-year it runs in", () => {
    expect(nextRoundName("H1 2026", "2027-02-01", [])).toBe("H1 2027");
    expect(nextRoundName("H2 2026", "2026-12-20", [])).toBe("H1 2027");
  });

  it("is proposed six months after the last, keeping its length", () => {
    expect(proposeNextDates({ opensOn: "2026-01-12", closesOn: "2026-01-26", closedAt: new Date("2026-01-27T10:00:00Z") }, "2026-03-01")).toEqual({
      opensOn: "2026-07-12",
      closesOn: "2026-07-26",
    });
    expect(proposeNextDates({ opensOn: null, closesOn: null, closedAt: new Date("2026-03-31T22:00:00Z") }, "2026-04-02")).toEqual({
      opensOn: "2026-09-30",
      closesOn: null,
    });
  });

  it("is never proposed in the past: an overdue organization starts today, for the same length", () => {
    expect(proposeNextDates({ opensOn: "2026-01-12", closesOn: "2026-01-26", closedAt: new Date("2026-01-27T10:00:00Z") }, "2026-11-26")).toEqual({
      opensOn: "2026-11-26",
      closesOn: "2026-12-10",
    });
    expect(proposeNextDates({ opensOn: null, closesOn: null, closedAt: new Date("2026-03-31T22:00:00Z") }, "2026-11-26")).toEqual({ opensOn: "2026-11-26", closesOn: null });
  });
});

describe("when the next re-assessment is due", () => {
  const closedAt = new Date("2026-03-15T09:00:00Z");

  it("is six months after the latest round closed", () => {
    expect(reassessmentState(closedAt, false, "2026-05-01")).toEqual({ dueOn: "2026-09-15", daysLeft: 137, status: "scheduled" });
    expect(reassessmentState(closedAt, false, "2026-08-20")?.status).toBe("due-soon");
    expect(reassessmentState(closedAt, false, "2026-09-15")?.status).toBe("due-soon");
    expect(reassessmentState(closedAt, false, "2026-09-16")).toMatchObject({ status: "overdue", daysLeft: -1 });
  });

  it("is not due before any round closed, nor while the next round is under way", () => {
    expect(reassessmentState(null, false, "2026-05-01")).toBeNull();
    expect(reassessmentState(closedAt, true, "2027-05-01")).toBeNull();
  });
});

describe("how a re-assessment date reads and sorts", () => {
  const state = (daysLeft: number) => ({ dueOn: "2027-01-01", daysLeft, status: daysLeft < 0 ? "overdue" : daysLeft <= 30 ? "due-soon" : "scheduled" }) as const;

  it("says it in words", () => {
    expect(describeReassessment(state(-11))).toBe("Overdue by 11 days");
    expect(describeReassessment(state(-1))).toBe("Overdue by 1 day");
    expect(describeReassessment(state(0))).toBe("Due today");
    expect(describeReassessment(state(45))).toBe("Due in 45 days");
  });

  it("puts the longest overdue first and organizations with nothing due last", () => {
    const organizations = [
      { name: "Calm", reassessment: null },
      { name: "Later", reassessment: state(90) },
      { name: "Soon", reassessment: state(10) },
      { name: "Late", reassessment: state(-3) },
      { name: "Very late", reassessment: state(-40) },
      { name: "Also calm", reassessment: null },
    ];
    expect(organizations.sort(compareByReassessment).map((organization) => organization.name)).toEqual(["Very late", "Late", "Soon", "Later", "Also calm", "Calm"]);
  });
});
