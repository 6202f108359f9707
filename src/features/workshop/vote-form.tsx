"use client";

import { useState } from "react";

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
  const rows = [
    ...levels.map((level) => ({ key: level.id, value: level.rank as number | "dont-know", title: `Level ${level.rank} · ${level.name}`, text: dimension.descriptors[level.id] ?? "" })),
    { key: "dont-know", value: "dont-know" as const, title: "Don't know", text: "You cannot judge this dimension." },
  ];
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
        <ul className="space-y-2">
          {rows.map((row) => {
            const descriptionId = `vote-${row.key}-text`;
            return (
              <li key={row.key} className="grid grid-cols-2 gap-2 rounded-md border border-line bg-surface p-3 sm:grid-cols-[1fr_6rem_6rem]">
                <div className="col-span-2 sm:col-span-1">
                  <p className="font-semibold">{row.title}</p>
                  <p id={descriptionId} className="text-sm text-ink-muted">
                    {row.text}
                  </p>
                </div>
                {(["current", "target"] as const).map((field) => {
                  const label = field === "current" ? "Today" : "Needed";
                  return (
                    <label key={field} className="flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-md border border-line px-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-100 has-[:checked]:font-semibold">
                      <input
                        type="radio"
                        name={`vote-${field}`}
                        value={String(row.value)}
                        checked={draft[field] === row.value}
                        onChange={() => setDraft((current) => ({ ...current, [field]: row.value }))}
                        aria-label={`${label}: ${row.title}`}
                        aria-describedby={descriptionId}
                        className="h-5 w-5 accent-brand-600"
                      />
                      <span aria-hidden="true">{label}</span>
                    </label>
                  );
                })}
              </li>
            );
          })}
        </ul>
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
