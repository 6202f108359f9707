import Link from "next/link";
import type { ReactNode } from "react";

import type { ListView } from "./arrange-by-reassessment";

type Props = {
  basePath: string;
  view: ListView;
  includeArchived: boolean;
  /** Names of the organizations overdue for re-assessment (active ones only). */
  overdue: string[];
  dueCount: number;
};

function href(basePath: string, view: ListView, includeArchived: boolean): string {
  const query = new URLSearchParams();
  if (includeArchived) query.set("archived", "1");
  if (view.sort === "due") query.set("sort", "due");
  if (view.dueOnly) query.set("due", "1");
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}

function Choice({ current, to, children }: { current: boolean; to: string; children: ReactNode }) {
  return current ? (
    <span aria-current="true" className="rounded-md bg-brand-100 px-2 py-1 font-semibold text-brand-900">
      {children}
    </span>
  ) : (
    <Link href={to} className="rounded-md px-2 py-1 text-brand-700 underline">
      {children}
    </Link>
  );
}

/** Which organizations are overdue for re-assessment, in words, and links to sort and filter by it. */
export function ReassessmentFilter({ basePath, view, includeArchived, overdue, dueCount }: Props) {
  return (
    <div className="space-y-3">
      {overdue.length > 0 ? (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <strong>
            {overdue.length === 1 ? "1 organization is" : `${overdue.length} organizations are`} overdue for re-assessment
          </strong>{" "}
          (six months after their last round closed): {overdue.join(", ")}.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <nav aria-label="Sort organizations" className="flex flex-wrap items-center gap-1">
          <span className="text-ink-muted">Sort:</span>
          <Choice current={view.sort === "name"} to={href(basePath, { ...view, sort: "name" }, includeArchived)}>
            Name
          </Choice>
          <Choice current={view.sort === "due"} to={href(basePath, { ...view, sort: "due" }, includeArchived)}>
            Re-assessment due
          </Choice>
        </nav>
        <nav aria-label="Filter organizations" className="flex flex-wrap items-center gap-1">
          <span className="text-ink-muted">Show:</span>
          <Choice current={!view.dueOnly} to={href(basePath, { ...view, dueOnly: false }, includeArchived)}>
            All
          </Choice>
          <Choice current={view.dueOnly} to={href(basePath, { ...view, dueOnly: true }, includeArchived)}>
            Overdue or due within 30 days ({dueCount})
          </Choice>
        </nav>
      </div>
    </div>
  );
}
