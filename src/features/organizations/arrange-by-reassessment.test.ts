import { describe, expect, it } from "vitest";

import type { ReassessmentState } from "@/domain/history/next-round";

import { arrangeByReassessment, readListView } from "./arrange-by-reassessment";

const state = (daysLeft: number): ReassessmentState => ({ dueOn: "2027-01-01", daysLeft, status: daysLeft < 0 ? "overdue" : daysLeft <= 30 ? "due-soon" : "scheduled" });
const organizations = [
  { id: "a", name: "Acme", archivedAt: null },
  { id: "b", name: "Beta", archivedAt: null },
  { id: "c", name: "Cold", archivedAt: new Date() },
  { id: "d", name: "Delta", archivedAt: null },
];
const states: Record<string, ReassessmentState | null> = { a: state(60), b: state(-5), c: state(-100), d: state(12) };
const stateOf = (id: string) => states[id] ?? null;

describe("the workspace's organizations by re-assessment", () => {
  it("keeps the stored order by default, and gives archived organizations no due date", () => {
    const arranged = arrangeByReassessment(organizations, stateOf, readListView({}));
    expect(arranged.map((organization) => organization.name)).toEqual(["Acme", "Beta", "Cold", "Delta"]);
    expect(arranged.find((organization) => organization.id === "c")?.reassessment).toBeNull();
  });

  it("sorts the most urgent first, and can show only those overdue or due within 30 days", () => {
    expect(arrangeByReassessment(organizations, stateOf, readListView({ sort: "due" })).map((organization) => organization.name)).toEqual(["Beta", "Delta", "Acme", "Cold"]);
    expect(arrangeByReassessment(organizations, stateOf, readListView({ sort: "due", due: "1" })).map((organization) => organization.name)).toEqual(["Beta", "Delta"]);
    expect(readListView({ sort: ["due"], due: "yes" })).toEqual({ sort: "name", dueOnly: false });
  });
});
