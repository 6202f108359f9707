import Link from "next/link";

import { Button } from "@/components/ui/button";
import { describeReassessment, type ReassessmentState } from "@/domain/history/next-round";

import { formatDueDate, ReassessmentBadge } from "./reassessment-badge";

type Props = {
  slug: string;
  state: ReassessmentState | null;
  latestClosed: { id: string; name: string } | null;
  inProgress: { id: string; name: string; status: "DRAFT" | "OPEN" } | null;
  canManage: boolean;
};

/** On an organization's page: when its next six-monthly re-assessment is due, and the way to start it. */
export function ReassessmentNotice({ slug, state, latestClosed, inProgress, canManage }: Props) {
  return (
    <section aria-labelledby="reassessment-title" className="space-y-2 rounded-lg border border-line bg-surface p-4">
      <h2 id="reassessment-title" className="text-lg font-semibold">
        Next re-assessment
      </h2>
      {inProgress ? (
        <p>
          Under way:{" "}
          <Link className="font-medium text-brand-700 underline" href={`/w/${slug}/rounds/${inProgress.id}`}>
            {inProgress.name}
          </Link>{" "}
          ({inProgress.status === "DRAFT" ? "draft" : "open"}).
        </p>
      ) : state && latestClosed ? (
        <>
          <p className="flex flex-wrap items-center gap-2">
            <span>
              Due on <strong>{formatDueDate(state)}</strong>, six months after {latestClosed.name} closed: {describeReassessment(state).toLowerCase()}.
            </span>
            {state.status !== "scheduled" ? <ReassessmentBadge state={state} /> : null}
          </p>
          {canManage ? (
            <Button asChild>
              <Link href={`/w/${slug}/rounds/${latestClosed.id}/next`}>Start the next round from {latestClosed.name}</Link>
            </Button>
          ) : null}
        </>
      ) : (
        <p className="text-ink-muted">Due six months after the first round closes.</p>
      )}
    </section>
  );
}
