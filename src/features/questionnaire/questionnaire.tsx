"use client";

import { useState } from "react";

import type { Framework } from "@/domain/framework/framework-schema";
import type { PreviousFindings } from "@/domain/history/previous-findings";
import { getDimensionsByCategory } from "@/domain/framework/framework-queries";

import { displayedAnswer, fieldProblems, isAnswered, isWaiting, type PendingAnswer, type ServerAnswers } from "./answer-draft";
import { DimensionPager } from "./dimension-pager";
import { DimensionQuestion, type AnswerState } from "./dimension-question";
import { LastTimeNote } from "./previous-answer";
import { followUpStatus } from "./previous-answer-rules";
import { PreviousAnswersReview } from "./previous-answers-review";
import { SaveStatus } from "./save-status";
import { describeSaveStatus } from "./save-status-message";
import { useAnswerSync } from "./use-answer-sync";

const settled: AnswerState = { problems: {}, rejected: {}, waiting: false, partlySaved: false };

function stateOf(pending: PendingAnswer | undefined): AnswerState {
  if (!pending) return settled;
  return { problems: fieldProblems(pending), rejected: pending.rejected ?? {}, waiting: isWaiting(pending), partlySaved: pending.sentRevision === pending.deviceRevision };
}

const hasProblem = (state: AnswerState) => Object.keys(state.problems).length > 0 || Object.keys(state.rejected).length > 0;

type QuestionnaireProps = {
  token: string;
  framework: Framework;
  roundStatus: "DRAFT" | "OPEN" | "CLOSED";
  initialAnswers: ServerAnswers;
  initiallySubmitted: boolean;
  /** In a follow-up round: what the previous round found, to confirm or change. */
  previous?: PreviousFindings | null;
};

export function Questionnaire({ token, framework, roundStatus, initialAnswers, initiallySubmitted, previous = null }: QuestionnaireProps) {
  const isOpen = roundStatus === "OPEN";
  const { snapshot, update, flush } = useAnswerSync({ token, initialAnswers, isOpen });
  const [submitted, setSubmitted] = useState(initiallySubmitted);
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  const questions = framework.dimensions.map((dimension) => ({ dimension, answer: displayedAnswer(snapshot.server, snapshot.outbox, dimension.id), state: stateOf(snapshot.outbox[dimension.id]) }));
  const questionById = new Map(questions.map((question) => [question.dimension.id, question]));
  const total = framework.dimensions.length;
  const answered = questions.filter(({ answer }) => isAnswered(answer)).length;
  const firstUnanswered = questions.find(({ answer }) => !isAnswered(answer))?.dimension;
  // A problem counts once the participant has stopped typing, or at once if nothing can be sent now.
  const needingAttention = questions.filter(({ state }) => hasProblem(state) && (!state.waiting || snapshot.connection !== "online"));
  const pending = Object.values(snapshot.outbox);
  const status = describeSaveStatus({
    unsaved: pending.length,
    waiting: pending.filter(isWaiting).length,
    attention: { count: needingAttention.length, first: needingAttention[0]?.dimension },
    connection: snapshot.connection,
    sending: snapshot.sending,
    blocked: snapshot.blocked !== null,
    restored: snapshot.restored,
  });
  const disabled = !isOpen || snapshot.blocked !== null;

  function lastTimeProps(dimension: Framework["dimensions"][number]) {
    const finding = previous?.dimensions[dimension.id];
    if (!previous || !finding) return {};
    const answer = questionById.get(dimension.id)?.answer;
    return {
      commentLabel: followUpStatus(finding, answer) === "changed" ? "What changed since last time? (optional)" : undefined,
      lastTime: (
        <LastTimeNote
          finding={finding}
          levels={framework.levels}
          roundName={previous.roundName}
          dimensionName={dimension.name}
          answer={answer}
          disabled={disabled}
          onConfirm={(change) => update(dimension.id, change, { immediate: true })}
        />
      ),
    };
  }

  async function submit() {
    await flush();
    try {
      const response = await fetch(`/api/r/${token}/submit`, { method: "POST" });
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      if (!response.ok) throw new Error(body.message ?? "Not submitted.");
      setSubmitted(true);
      setSubmitMessage("Thank you: your answers are submitted. You can still change them until the round closes.");
    } catch (error) {
      setSubmitMessage(error instanceof Error && error.message !== "Failed to fetch" ? error.message : "You seem to be offline. Your answers are kept; submit again when you are back online.");
    }
  }

  return (
    <div className="space-y-8">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-2 border-b border-line bg-surface/95 px-4 py-2 backdrop-blur">
        <p className="text-sm font-semibold" aria-live="polite">
          <span className="sr-only">Progress: </span>
          {answered} / {total} answered
        </p>
        <progress className="h-2 w-32 sm:w-48" max={total} value={answered} aria-label="Dimensions answered" />
        {isOpen ? <SaveStatus view={status} /> : null}
        <DimensionPager dimensions={framework.dimensions} answeredIds={questions.filter(({ answer }) => isAnswered(answer)).map(({ dimension }) => dimension.id)} />
      </div>

      {!isOpen ? (
        <p role="status" className="rounded-md border border-line bg-brand-50 p-4 text-brand-900">
          {roundStatus === "CLOSED" ? "This round is closed. Your answers are shown below and can no longer be changed." : "This round has not opened yet. You can read the questions; answering starts when the facilitator opens the round."}
        </p>
      ) : null}
      {snapshot.blocked ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          {snapshot.blocked}
        </p>
      ) : null}

      {previous ? (
        <PreviousAnswersReview
          findings={previous}
          dimensions={framework.dimensions}
          levels={framework.levels}
          answerOf={(dimensionId) => questionById.get(dimensionId)?.answer}
          disabled={disabled}
          onConfirm={(dimensionId, change) => update(dimensionId, change, { immediate: true })}
        />
      ) : null}

      {getDimensionsByCategory(framework).map(({ category, dimensions }) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`} className="space-y-4">
          <h2 id={`category-${category.id}`} className="text-xl font-bold text-brand-900">
            {category.name}
          </h2>
          {dimensions.map((dimension) => (
            <DimensionQuestion
              key={dimension.id}
              dimension={dimension}
              levels={framework.levels}
              answer={questionById.get(dimension.id)?.answer}
              state={questionById.get(dimension.id)?.state ?? settled}
              disabled={disabled}
              onChange={(change, options) => update(dimension.id, change, options)}
              {...lastTimeProps(dimension)}
            />
          ))}
        </section>
      ))}

      <section aria-labelledby="submit-title" className="space-y-3 rounded-lg border border-line bg-surface p-5">
        <h2 id="submit-title" className="text-lg font-semibold">
          {submitted ? "Submitted" : "Finish"}
        </h2>
        <p className="text-sm text-ink-muted">
          {answered < total && firstUnanswered ? (
            <>
              {total - answered} dimension{total - answered === 1 ? "" : "s"} still to answer.{" "}
              <a className="text-brand-700 underline" href={`#question-${firstUnanswered.id}`}>
                Go to {firstUnanswered.name}
              </a>
              . You can submit anyway: unanswered dimensions are left out of the results.
            </>
          ) : (
            "Every dimension is answered."
          )}
        </p>
        <button
          type="button"
          onClick={() => void submit()}
          disabled={disabled}
          className="inline-flex h-11 items-center rounded-md bg-brand-600 px-5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {submitted ? "Submit again" : "Submit my answers"}
        </button>
        {submitMessage ? (
          <p role="status" className="text-sm font-medium">
            {submitMessage}
          </p>
        ) : null}
      </section>
    </div>
  );
}
