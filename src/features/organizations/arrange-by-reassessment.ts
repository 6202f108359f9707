import { compareByReassessment, type ReassessmentState } from "@/domain/history/next-round";

// The workspace page's list of organizations, sorted by name (as stored) or by how urgent their
// re-assessment is, optionally only those overdue or due within 30 days. Archived organizations
// are not assessed, so they carry no due date.

export type ListView = { sort: "name" | "due"; dueOnly: boolean };

export function readListView(query: Record<string, string | string[] | undefined>): ListView {
  return { sort: query.sort === "due" ? "due" : "name", dueOnly: query.due === "1" };
}

export function arrangeByReassessment<O extends { id: string; name: string; archivedAt: Date | null }>(
  organizations: readonly O[],
  stateOf: (organizationId: string) => ReassessmentState | null,
  view: ListView,
): (O & { reassessment: ReassessmentState | null })[] {
  const withState = organizations.map((organization) => ({ ...organization, reassessment: organization.archivedAt ? null : stateOf(organization.id) }));
  const shown = view.dueOnly ? withState.filter((organization) => organization.reassessment && organization.reassessment.status !== "scheduled") : withState;
  return view.sort === "due" ? [...shown].sort(compareByReassessment) : shown;
}
