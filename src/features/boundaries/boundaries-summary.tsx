import Link from "next/link";

import type { ReviewCounts } from "@/domain/boundaries";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

/** The organization page's line about its boundaries review, with the way to it. */
export function BoundariesSummaryLine({
  href,
  summary,
  reviewedAt,
  reviewedByName,
  canEdit,
}: {
  href: string;
  summary: ReviewCounts | null;
  reviewedAt: Date | null;
  reviewedByName: string | null;
  canEdit: boolean;
}) {
  if (!summary || !reviewedAt) {
    return (
      <p className="text-sm">
        <span className="text-ink-muted">No boundaries review yet. </span>
        {canEdit ? (
          <Link className="font-medium text-brand-700 underline" href={href}>
            Start the boundaries review
          </Link>
        ) : null}
      </p>
    );
  }
  const exposed = summary.sins.yes + summary.sins.partly;
  return (
    <div className="space-y-1 text-sm">
      <p>
        Reviewed by {reviewedByName} on {dateFormat.format(reviewedAt)}: {count(exposed, "sin")} marked exposed
        {summary.sins.partly > 0 ? ` (${summary.sins.partly} partly)` : ""}, {summary.sins.unassessed} not assessed; {summary.governance.inPlace} of{" "}
        {summary.governance.total} governance items in place.
      </p>
      <p>
        <Link className="font-medium text-brand-700 underline" href={href}>
          {canEdit ? "Open and update the boundaries review" : "Read the boundaries review"}
        </Link>
      </p>
    </div>
  );
}
