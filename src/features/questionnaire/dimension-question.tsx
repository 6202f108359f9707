"use client";

import { useState, type ReactNode } from "react";

import type { FrameworkDimension, FrameworkLevel } from "@/domain/framework/framework-schema";

import { isAnswered, type AnswerFields } from "./answer-draft";
import { LevelChoice } from "./level-choice";

/** What the questionnaire knows about one answer beyond its fields. */
export type AnswerState = {
  /** Problems the browser sees itself (evidenceUrl, comment), by the server's rules. */
  problems: Record<string, string>;
  /** Messages of a server refusal the browser did not foresee. */
  rejected: Record<string, string>;
  /** The latest edit is still to be sent. */
  waiting: boolean;
  /** The server has this edit except the field in error. */
  partlySaved: boolean;
};

type DimensionQuestionProps = {
  dimension: FrameworkDimension;
  levels: readonly FrameworkLevel[];
  answer: AnswerFields | undefined;
  state: AnswerState;
  disabled: boolean;
  onChange: (change: Partial<AnswerFields>, options?: { immediate?: boolean }) => void;
  /** In a follow-up round: what was found last time (see previous-answer.tsx). */
  lastTime?: ReactNode;
  commentLabel?: string;
};

export function DimensionQuestion({ dimension, levels, answer, state, disabled, onChange, lastTime, commentLabel = "Comment (optional)" }: DimensionQuestionProps) {
  const [typingEvidence, setTypingEvidence] = useState(false);
  const titleId = `question-${dimension.id}-title`;
  const evidenceProblemId = `evidence-${dimension.id}-problem`;
  const current = { level: answer?.currentLevel ?? null, dontKnow: answer?.currentDontKnow ?? false };
  const target = { level: answer?.targetLevel ?? null, dontKnow: answer?.targetDontKnow ?? false };
  const warnComment = state.problems.comment !== undefined;
  const evidenceProblem = state.problems.evidenceUrl ?? state.rejected.evidenceUrl;
  // Not while the link is being typed (every link is invalid half-way); once typing pauses or the
  // field is left, the message stays until the link is fixed.
  const showEvidenceProblem = evidenceProblem !== undefined && !(typingEvidence && state.waiting);
  const otherRejections = Object.entries(state.rejected)
    .filter(([field]) => field !== "evidenceUrl")
    .map(([, message]) => message);
  return (
    <section id={`question-${dimension.id}`} aria-labelledby={titleId} className="scroll-mt-24 space-y-4 rounded-lg border border-line bg-canvas p-4 sm:p-5">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={titleId} className="text-lg font-semibold">
          {dimension.name}
        </h3>
        <span className="text-sm text-ink-muted">{isAnswered(answer) ? "Answered" : "Not answered yet"}</span>
      </header>
      <p className="text-sm text-ink-muted">
        <span className="font-medium text-ink">What it covers: </span>
        {dimension.includes} {dimension.includesItems?.join(", ")}
      </p>
      {lastTime}
      <LevelChoice
        dimensionId={dimension.id}
        dimensionName={dimension.name}
        levels={levels}
        descriptors={dimension.descriptors}
        current={current}
        target={target}
        disabled={disabled}
        onChange={(field, value) =>
          onChange(
            field === "current"
              ? { currentLevel: value === "dont-know" ? null : value, currentDontKnow: value === "dont-know" }
              : { targetLevel: value === "dont-know" ? null : value, targetDontKnow: value === "dont-know" },
            { immediate: true },
          )
        }
      />
      {warnComment ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          The level needed is below today&apos;s level. That can be right: add a comment saying why, and the answer will be saved.
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`comment-${dimension.id}`} className="block text-sm font-medium">
            {commentLabel}
          </label>
          <textarea
            id={`comment-${dimension.id}`}
            rows={3}
            maxLength={2000}
            value={answer?.comment ?? ""}
            disabled={disabled}
            aria-invalid={warnComment || undefined}
            onChange={(event) => onChange({ comment: event.target.value })}
            className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor={`evidence-${dimension.id}`} className="block text-sm font-medium">
            Evidence link (optional)
          </label>
          <input
            id={`evidence-${dimension.id}`}
            type="url"
            inputMode="url"
            placeholder="https://"
            maxLength={2000}
            value={answer?.evidenceUrl ?? ""}
            disabled={disabled}
            aria-invalid={showEvidenceProblem || undefined}
            aria-describedby={showEvidenceProblem ? evidenceProblemId : undefined}
            onFocus={() => setTypingEvidence(true)}
            onBlur={() => setTypingEvidence(false)}
            onChange={(event) => onChange({ evidenceUrl: event.target.value })}
            className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base aria-invalid:border-red-700"
          />
          {showEvidenceProblem ? (
            <p id={evidenceProblemId} role="alert" className="mt-1 text-sm font-medium text-red-800">
              {evidenceProblem} This link is not saved until it is fixed{state.partlySaved ? "; the rest of this answer is saved" : ""}.
            </p>
          ) : null}
        </div>
      </div>
      {otherRejections.length > 0 ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          Not saved: {otherRejections.join(" ")} Change the answer to try again.
        </p>
      ) : null}
    </section>
  );
}
