"use client";

import type { FrameworkDimension, FrameworkLevel } from "@/domain/framework/framework-schema";
import type { PreviousFindings } from "@/domain/history/previous-findings";

import type { AnswerFields } from "./answer-draft";
import { FollowUpStatusBadge, LastTimeFigures, UnchangedButton } from "./previous-answer";
import { canConfirm, followUpStatus } from "./previous-answer-rules";

// The fast path of a re-assessment: every dimension on one list with what the participant said last
// time and the round's result, "Unchanged" in one tap, "Change" to open the full question. Shown only
// to someone who took part last time; a newcomer answers the questions as usual.

type ReviewProps = {
  findings: PreviousFindings;
  dimensions: readonly FrameworkDimension[];
  levels: readonly FrameworkLevel[];
  answerOf: (dimensionId: string) => AnswerFields | undefined;
  disabled: boolean;
  onConfirm: (dimensionId: string, change: Partial<AnswerFields>) => void;
};

const buttonId = (dimensionId: string) => `unchanged-${dimensionId}`;

export function PreviousAnswersReview({ findings, dimensions, levels, answerOf, disabled, onConfirm }: ReviewProps) {
  const confirmable = dimensions.filter((dimension) => canConfirm(findings.dimensions[dimension.id]));
  if (confirmable.length === 0) return null;
  const statuses = new Map(dimensions.map((dimension) => [dimension.id, followUpStatus(findings.dimensions[dimension.id], answerOf(dimension.id))]));
  const done = [...statuses.values()].filter((status) => status === "unchanged" || status === "changed" || status === "answered").length;

  function confirm(dimensionId: string, change: Partial<AnswerFields>) {
    onConfirm(dimensionId, change);
    // The tapped button turns inactive: keyboard and screen reader users go on with the next one to confirm.
    const next = confirmable.slice(confirmable.findIndex((dimension) => dimension.id === dimensionId) + 1).find((dimension) => statuses.get(dimension.id) === "to-confirm");
    if (next) requestAnimationFrame(() => document.getElementById(buttonId(next.id))?.focus());
  }

  return (
    <section aria-labelledby="review-title" className="space-y-3 rounded-lg border border-brand-100 bg-surface p-4 sm:p-5">
      <h2 id="review-title" className="text-xl font-bold text-brand-900">
        What has changed since {findings.roundName}?
      </h2>
      <p className="text-sm text-ink-muted">
        You took part in {findings.roundName}. For each dimension, tap <strong className="text-ink">Unchanged</strong> if your answer still holds: it is saved as your
        answer for this round. Tap <strong className="text-ink">Change</strong> to answer it again, and say in the comment what changed.
      </p>
      <p className="text-sm font-semibold" aria-live="polite">
        {done} of {dimensions.length} done
      </p>
      <ul className="grid gap-2 lg:grid-cols-2">
        {dimensions.map((dimension) => {
          const finding = findings.dimensions[dimension.id];
          const status = statuses.get(dimension.id)!;
          return (
            <li key={dimension.id} className="space-y-2 rounded-md border border-line bg-canvas p-3">
              <p className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold">{dimension.name}</span>
                <FollowUpStatusBadge status={status} />
              </p>
              {finding ? <LastTimeFigures finding={finding} levels={levels} compact /> : <p className="text-sm text-ink-muted">Nothing to show from last time.</p>}
              <div className="flex flex-wrap gap-2">
                {finding && canConfirm(finding) ? (
                  <UnchangedButton
                    id={buttonId(dimension.id)}
                    dimensionName={dimension.name}
                    finding={finding}
                    answer={answerOf(dimension.id)}
                    disabled={disabled}
                    onConfirm={(change) => confirm(dimension.id, change)}
                  />
                ) : null}
                <a
                  href={`#question-${dimension.id}`}
                  // On a phone the question is shown only once the hash has changed: scroll to it then.
                  onClick={() => requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(`question-${dimension.id}`)?.scrollIntoView({ block: "start" })))}
                  className="inline-flex h-11 items-center rounded-md border border-line bg-surface px-4 font-medium text-brand-700 hover:bg-brand-50"
                  aria-label={`${status === "to-answer" ? "Answer" : "Change"}: ${dimension.name}`}
                >
                  {status === "to-answer" ? "Answer" : "Change"}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
