"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

import type { AttendeeView, OwnVote } from "@/domain/workshop/views";

import { DistributionPlot } from "./distribution-plot";
import { ConnectionBadge, useWorkshopFeed } from "./use-workshop-feed";
import { draftOf, VoteForm, type VoteDraft } from "./vote-form";
import type { WorkshopFramework } from "./workshop-framework";

type AttendeeProps = {
  token: string;
  initial: { view: AttendeeView; ownVote: OwnVote | null; displayName: string };
  framework: WorkshopFramework;
  title: { organization: string; round: string };
};

type StateResponse = { view: AttendeeView | null; ownVote: OwnVote | null };

const levelLabel = (value: number | null, dontKnow: boolean) => (dontKnow ? "don't know" : value === null ? "—" : String(value));

/** The phone in the room: the dimension the facilitator shows, a blind vote, then the revealed spread. */
export function AttendeeWorkshop({ token, initial, framework, title }: AttendeeProps) {
  const router = useRouter();
  const [ownVote, setOwnVote] = useState<OwnVote | null>(initial.ownVote);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const fetchState = useCallback(async (): Promise<StateResponse | null> => {
    const response = await fetch(`/api/r/${token}/workshop`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as StateResponse) : null;
  }, [token]);
  const { view, connection, apply } = useWorkshopFeed({
    streamUrl: `/api/r/${token}/workshop/events`,
    poll: useCallback(async () => (await fetchState())?.view ?? null, [fetchState]),
    initial: initial.view,
  });
  const question = `${view.currentDimensionId}:${view.votingRound}`;
  const shownQuestion = useRef(question);

  // A new dimension or a revote: forget the form, and fetch this attendee's own vote there, if any.
  useEffect(() => {
    if (shownQuestion.current === question) return;
    shownQuestion.current = question;
    setErrors({});
    setMessage("");
    void fetchState().then((state) => {
      if (!state?.view) return;
      apply(state.view);
      setOwnVote(state.ownVote && `${state.ownVote.dimensionId}:${state.ownVote.votingRound}` === question ? state.ownVote : null);
    });
  }, [apply, fetchState, question]);

  // Self-paced again, or the round closed: the page itself changes.
  useEffect(() => {
    if (view.mode !== "workshop" || view.roundStatus !== "OPEN") router.refresh();
  }, [router, view.mode, view.roundStatus]);

  async function send(draft: VoteDraft) {
    setSending(true);
    setMessage("");
    try {
      const response = await fetch(`/api/r/${token}/workshop/votes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          dimensionId: view.currentDimensionId,
          votingRound: view.votingRound,
          currentLevel: typeof draft.current === "number" ? draft.current : null,
          currentDontKnow: draft.current === "dont-know",
          targetLevel: typeof draft.target === "number" ? draft.target : null,
          targetDontKnow: draft.target === "dont-know",
          comment: draft.comment,
        }),
      });
      const body = (await response.json().catch(() => ({}))) as { vote?: OwnVote; message?: string; fieldErrors?: Record<string, string[]> };
      if (response.ok && body.vote) {
        setOwnVote(body.vote);
        setErrors({});
        setMessage("Your vote is in. You can change it until the facilitator reveals the votes.");
      } else {
        setErrors(body.fieldErrors ?? {});
        setMessage(body.message ?? "Your vote was not saved. Try again.");
      }
    } catch {
      setMessage("You seem to be offline: your vote was not sent. Try again when you are back online.");
    } finally {
      setSending(false);
    }
  }

  const dimension = framework.dimensions.find((candidate) => candidate.id === view.currentDimensionId) ?? framework.dimensions[0]!;
  const voteForThis = ownVote && `${ownVote.dimensionId}:${ownVote.votingRound}` === question ? ownVote : null;
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            {title.organization} · {title.round}
          </p>
          <ConnectionBadge connection={connection} className={connection === "live" ? "bg-green-50 text-green-900" : "bg-amber-100 text-amber-950"} />
        </div>
        <p className="text-sm text-ink-muted">
          {initial.displayName} · Dimension {view.position.index + 1} of {view.position.total}
          {view.votingRound > 1 ? ` · revote ${view.votingRound - 1}` : ""}
        </p>
        <h1 className="text-2xl font-bold text-brand-900" data-testid="attendee-dimension">
          {dimension.name}
        </h1>
        <p className="text-ink-muted">{dimension.summary}</p>
      </header>

      {view.phase === "voting" ? (
        <section aria-label="Your vote" className="space-y-3">
          <p className="text-sm" aria-live="polite">
            {view.voted} of {view.participants} have voted. Votes stay hidden until the facilitator reveals them.
          </p>
          <VoteForm key={question} dimension={dimension} levels={framework.levels} initial={draftOf(voteForThis)} hasVoted={voteForThis !== null} sending={sending} errors={errors} onSubmit={(draft) => void send(draft)} />
        </section>
      ) : (
        <section aria-label="Revealed votes" className="space-y-3">
          <p role="status" className="rounded-md border border-line bg-brand-50 p-3 font-medium text-brand-900">
            {view.phase === "agreed" && view.consensus
              ? `Agreed: today ${view.consensus.currentLevel}, needed ${view.consensus.targetLevel}. Waiting for the facilitator to move on…`
              : "The votes are revealed. Discuss them in the room; waiting for the facilitator…"}
          </p>
          {voteForThis ? (
            <p>
              Your vote: today {levelLabel(voteForThis.currentLevel, voteForThis.currentDontKnow)}, needed {levelLabel(voteForThis.targetLevel, voteForThis.targetDontKnow)}.
            </p>
          ) : null}
          {view.reveal ? (
            <div className="grid gap-3 md:grid-cols-2">
              <DistributionPlot reveal={view.reveal} field="today" />
              <DistributionPlot reveal={view.reveal} field="needed" />
            </div>
          ) : null}
        </section>
      )}
      <p role="status" aria-live="polite" className="min-h-6 font-medium">
        {message}
      </p>
    </div>
  );
}
