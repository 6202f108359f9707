"use client";

import { useState } from "react";

import { LevelGrid } from "@/components/level-grid";
import { needsReason } from "@/domain/rounds/answer-rules";
import type { OwnVote } from "@/domain/workshop/views";

import type { WorkshopFramework } from "./workshop-framework";

export type VoteDraft = { current: number | "dont-know" | null; target: number | "dont-know" | null; comment: string };

export function draftOf(vote: OwnVote | null): VoteDraft {
  if (!vote) return { current: null, target: null, comment: "" };
  return { current: vote.currentDontKnow ? "dont-know" : vote.currentLevel, target: vote.targetDontKnow ? "dont-know" : vote.targetLevel, comment: vote.comment ?? "" };
}

type VoteFormProps = {
  dimension: WorkshopFramework["dimensions"][number];
  levels: WorkshopFramework["levels"];
  initial: VoteDraft;
  hasVoted: boolean;
  sending: boolean;
  errors: Record<string, string[]>;
  onSubmit: (draft: VoteDraft) => void;
};

/**
 * One dimension on a phone: each level's descriptor with a "Today" and a "Needed" choice beside it
 * (radios sharing a name per column, so arrow keys move between levels), "don't know", a comment.
 */
export function VoteForm({ dimension, levels, initial, hasVoted, sending, errors, onSubmit }: VoteFormProps) {
  const [draft, setDraft] = useState<VoteDraft>(initial);
  const numeric = (value: VoteDraft["current"]) => (typeof value === "number" ? value : null);
  const reasonMissing = needsReason({ currentLevel: numeric(draft.current), targetLevel: numeric(draft.target), comment: draft.comment });
  const complete = draft.current !== null && draft.target !== null && !reasonMissing;
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onSubmit(draft);
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">Choose where your organization is today and the level it needs</legend>
        <LevelGrid
          idPrefix="vote"
          variant="touch"
          levels={levels}
          descriptors={dimension.descriptors}
          isSelected={(field, value) => draft[field] === value}
          onSelect={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
        />
        {errors.currentLevel || errors.targetLevel ? <p className="font-medium text-red-800">{[...(errors.currentLevel ?? []), ...(errors.targetLevel ?? [])].join(" ")}</p> : null}
      </fieldset>
      <div>
        <label htmlFor="vote-comment" className="block font-medium">
          Comment {reasonMissing ? "(needed: say why the level needed is below today's)" : "(optional)"}
        </label>
        <textarea
          id="vote-comment"
          rows={2}
          maxLength={2000}
          value={draft.comment}
          aria-invalid={reasonMissing || Boolean(errors.comment) || undefined}
          onChange={(event) => setDraft((current) => ({ ...current, comment: event.target.value }))}
          className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base"
        />
        {errors.comment ? <p className="font-medium text-red-800">{errors.comment.join(" ")}</p> : null}
      </div>
      <button
        type="submit"
        disabled={!complete || sending}
        className="inline-flex h-12 w-full items-center justify-center rounded-md bg-brand-600 px-5 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
      >
        {sending ? "Sending…" : hasVoted ? "Change my vote" : "Send my vote"}
      </button>
    </form>
  );
}
