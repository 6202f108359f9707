"use client";

import type { FrameworkLevel } from "@/domain/framework/framework-schema";
import type { PreviousFinding } from "@/domain/history/previous-findings";

import type { AnswerFields } from "./answer-draft";
import { canConfirm, followUpStatus, levelText, unchangedAnswer, type FollowUpStatus } from "./previous-answer-rules";

// What a follow-up round shows for one dimension: the participant's own answer last time, the
// previous round's result, and a one-tap "Unchanged" that saves last time's levels as this round's
// answer through the questionnaire's ordinary save path.

export const statusLabels: Record<FollowUpStatus, string> = {
  "to-confirm": "To confirm",
  unchanged: "Unchanged",
  changed: "Changed",
  "to-answer": "To answer",
  answered: "Answered",
};

const statusStyles: Record<FollowUpStatus, string> = {
  "to-confirm": "border-amber-400 bg-amber-50 text-amber-950",
  unchanged: "border-green-600 bg-green-50 text-green-900",
  changed: "border-brand-600 bg-brand-50 text-brand-900",
  "to-answer": "border-amber-400 bg-amber-50 text-amber-950",
  answered: "border-green-600 bg-green-50 text-green-900",
};

export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold ${statusStyles[status]}`}>
      {status === "unchanged" || status === "answered" ? <span aria-hidden="true">✓&nbsp;</span> : null}
      {statusLabels[status]}
    </span>
  );
}

type LastTimeProps = {
  finding: PreviousFinding;
  levels: readonly FrameworkLevel[];
  /** One short line each (the quick review): numbers only, the level names are in the question. */
  compact?: boolean;
};

/** "You said today 2 · Foundational, needed 3 · Intermediate; the round found 2.5 → 3 (median)." */
export function LastTimeFigures({ finding, levels, compact = false }: LastTimeProps) {
  const { own, official } = finding;
  const named = compact ? [] : levels;
  // Whole phrases, never the bare word in quotes: the workshop e2e leak check reads every script a
  // phone loads and treats a quoted median key as a figure that slipped through.
  const source = official?.source === "consensus" ? "(agreed in the workshop)" : compact ? "(median)" : "(median of everyone's answers)";
  return (
    <dl className={compact ? "grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-sm" : "grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]"}>
      {own ? (
        <>
          <dt className="font-medium">You said{compact ? ":" : ""}</dt>
          <dd>
            today {levelText(own.currentLevel, own.currentDontKnow, named)}, needed {levelText(own.targetLevel, own.targetDontKnow, named)}
          </dd>
        </>
      ) : null}
      <dt className="font-medium">{compact ? "Round:" : "The round found"}</dt>
      <dd>
        {official ? (
          <>
            today {levelText(official.current, false, named)}, needed {levelText(official.target, false, named)} <span className="text-ink-muted">{source}</span>
          </>
        ) : (
          <span className="text-ink-muted">not shown (too few answers to show without exposing anyone)</span>
        )}
      </dd>
    </dl>
  );
}

type UnchangedButtonProps = {
  id?: string;
  dimensionName: string;
  finding: PreviousFinding;
  answer: AnswerFields | undefined;
  disabled: boolean;
  onConfirm: (change: Partial<AnswerFields>) => void;
};

export function UnchangedButton({ id, dimensionName, finding, answer, disabled, onConfirm }: UnchangedButtonProps) {
  if (!canConfirm(finding)) return null;
  const status = followUpStatus(finding, answer);
  return (
    <button
      id={id}
      type="button"
      disabled={disabled || status === "unchanged"}
      onClick={() => onConfirm(unchangedAnswer(finding.own, answer))}
      aria-label={`${status === "unchanged" ? "Kept as last time" : "Unchanged"}: ${dimensionName}`}
      className="inline-flex h-11 items-center justify-center rounded-md bg-brand-600 px-4 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {status === "unchanged" ? "Kept as last time" : "Unchanged"}
    </button>
  );
}

type LastTimeNoteProps = LastTimeProps & Omit<UnchangedButtonProps, "finding"> & { roundName: string };

/** Inside a dimension's question: what was found last time, and "Unchanged". */
export function LastTimeNote({ finding, levels, roundName, dimensionName, answer, disabled, onConfirm }: LastTimeNoteProps) {
  const status = followUpStatus(finding, answer);
  return (
    <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3">
      <p className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        Last time ({roundName}) <FollowUpStatusBadge status={status} />
      </p>
      <LastTimeFigures finding={finding} levels={levels} />
      {canConfirm(finding) ? (
        <div className="flex flex-wrap items-center gap-3">
          <UnchangedButton dimensionName={dimensionName} finding={finding} answer={answer} disabled={disabled} onConfirm={onConfirm} />
          <span className="text-sm text-ink-muted">{status === "changed" ? "You changed this: say what changed in the comment below." : "Or choose new levels below."}</span>
        </div>
      ) : null}
    </div>
  );
}
