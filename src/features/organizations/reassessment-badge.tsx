import { describeReassessment, type ReassessmentState } from "@/domain/history/next-round";
import { cn } from "@/lib/cn";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function formatDueDate(state: ReassessmentState): string {
  return dateFormat.format(new Date(`${state.dueOn}T00:00:00Z`));
}

const styles: Record<ReassessmentState["status"], string> = {
  overdue: "border-red-700 bg-red-50 text-red-900",
  "due-soon": "border-amber-500 bg-amber-50 text-amber-950",
  scheduled: "border-line bg-surface text-ink",
};

/** "Re-assessment overdue by 11 days": in words and with a sign, never colour alone. */
export function ReassessmentBadge({ state, className }: { state: ReassessmentState; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-semibold", styles[state.status], className)}>
      {state.status === "overdue" ? <span aria-hidden="true">!</span> : null}
      Re-assessment {describeReassessment(state).replace(/^./, (first) => first.toLowerCase())}
    </span>
  );
}
