"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";

import type { FacilitatorView } from "@/domain/workshop/views";
import type { FormState } from "@/lib/form-state";

import { ConsensusForm } from "./consensus-form";
import { DistributionPlot } from "./distribution-plot";
import { JoinPanel, type JoinDetails } from "./join-panel";
import { PresenterControls, PRESENTER_KEYS, type PresenterAction } from "./presenter-controls";
import { ConnectionBadge, useWorkshopFeed } from "./use-workshop-feed";
import type { CommandOutcome } from "./workshop-actions";
import type { WorkshopFramework } from "./workshop-framework";

type PresenterProps = {
  initial: FacilitatorView;
  framework: WorkshopFramework;
  title: { organization: string; round: string; exitHref: string };
  join: JoinDetails;
  streamUrl: string;
  stateUrl: string;
  canManage: boolean;
  runCommand: (command: unknown) => Promise<CommandOutcome>;
  recordConsensus: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** The screen projected in the room: large type, high contrast, driven from the keyboard. */
export function Presenter({ initial, framework, title, join, streamUrl, stateUrl, canManage, runCommand, recordConsensus }: PresenterProps) {
  const poll = useCallback(async () => {
    const response = await fetch(stateUrl, { cache: "no-store" });
    return response.ok ? ((await response.json()) as FacilitatorView) : null;
  }, [stateUrl]);
  const { view, connection } = useWorkshopFeed({ streamUrl, poll, initial });
  const [message, setMessage] = useState("");
  const [showingJoin, setShowingJoin] = useState(initial.participants === 0);
  const [busy, startTransition] = useTransition();
  const screen = useRef<HTMLDivElement>(null);
  const dimension = framework.dimensions.find((candidate) => candidate.id === view.currentDimensionId) ?? framework.dimensions[0]!;

  const act = useCallback(
    (action: PresenterAction) => {
      if (action === "fullscreen") {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void screen.current?.requestFullscreen?.().catch(() => setMessage("This browser refused full screen."));
        return;
      }
      if (action === "join") return setShowingJoin((shown) => !shown);
      if (!canManage) return;
      const command =
        action === "who"
          ? { type: "show-who-has-not-voted", show: !view.showWhoHasNotVoted }
          : action === "joining"
            ? { type: "set-joining", open: !view.joinOpen }
            : action === "mode"
              ? { type: "set-mode", mode: view.mode === "workshop" ? "self-paced" : "workshop" }
              : { type: action };
      startTransition(async () => {
        const outcome = await runCommand(command);
        setMessage(outcome.ok ? "" : outcome.message);
        if (outcome.ok && (action === "next" || action === "previous")) setShowingJoin(false);
      });
    },
    [canManage, runCommand, view.joinOpen, view.mode, view.showWhoHasNotVoted],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      const action = PRESENTER_KEYS[event.key] ?? PRESENTER_KEYS[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [act]);

  const revealed = view.reveal !== null && view.phase !== "voting";
  const floorOf = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.floor(value));
  return (
    <div ref={screen} className="fixed inset-0 z-40 overflow-y-auto bg-white text-slate-950" data-testid="presenter">
      <div className="mx-auto flex min-h-full max-w-[110rem] flex-col gap-6 px-6 py-5">
        <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-slate-300 pb-4">
          <div>
            <p className="text-xl text-slate-800">
              {title.organization} · {title.round} ·{" "}
              <Link className="underline" href={title.exitHref}>
                Leave the presenter
              </Link>
            </p>
            <p className="text-2xl font-semibold" aria-live="polite">
              Dimension {view.position.index + 1} of {view.position.total}
              {view.mode === "self-paced" ? " · self-paced: phones show the questionnaire" : ""}
              {view.roundStatus !== "OPEN" ? ` · the round is ${view.roundStatus.toLowerCase()}` : ""}
            </p>
          </div>
          <div className="flex items-center gap-4">
            {!showingJoin ? <JoinPanel join={join} joinOpen={view.joinOpen} /> : null}
            <ConnectionBadge connection={connection} className={connection === "live" ? "bg-green-100 text-green-950" : "bg-amber-100 text-amber-950"} />
          </div>
        </header>

        {showingJoin ? (
          <section aria-label="How to join" className="flex flex-1 flex-col items-center justify-center gap-4 py-6">
            <JoinPanel join={join} joinOpen={view.joinOpen} large />
            <p className="text-3xl font-semibold">{view.participants} joined</p>
          </section>
        ) : (
          <section className="flex-1 space-y-6" aria-labelledby="dimension-title">
            <div>
              <h1 id="dimension-title" className="text-5xl font-bold leading-tight">
                {dimension.name}
              </h1>
              <p className="mt-2 max-w-6xl text-2xl text-slate-800">{dimension.summary}</p>
            </div>

            {view.phase === "voting" ? (
              <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
                <ol className="space-y-3">
                  {framework.levels.map((level) => (
                    <li key={level.id} className="rounded-lg border-2 border-slate-300 p-4">
                      <p className="text-2xl font-bold">
                        Level {level.rank} · {level.name}
                      </p>
                      <p className="text-xl leading-snug">{dimension.descriptors[level.id]}</p>
                    </li>
                  ))}
                </ol>
                <div className="space-y-4">
                  <p className="rounded-lg bg-blue-950 p-6 text-center text-white" data-testid="vote-count">
                    <span className="block text-7xl font-bold tabular-nums">
                      {view.voted} / {view.participants}
                    </span>
                    <span className="text-2xl">voted{view.votingRound > 1 ? ` (revote ${view.votingRound - 1})` : ""}</span>
                  </p>
                  {view.notVoted ? (
                    <div className="rounded-lg border-2 border-slate-300 p-4 text-xl">
                      <h2 className="font-bold">Not voted yet</h2>
                      <p>{view.notVoted.length > 0 ? view.notVoted.join(", ") : "Everyone has voted."}</p>
                    </div>
                  ) : null}
                </div>
              </div>
            ) : null}

            {revealed && view.reveal ? (
              <div className="space-y-6">
                {view.phase === "agreed" && view.consensus ? (
                  <div className="rounded-lg border-4 border-green-800 bg-green-50 p-5 text-green-950" data-testid="agreed">
                    <p className="text-4xl font-bold">
                      Agreed: today {view.consensus.currentLevel} · needed {view.consensus.targetLevel}
                    </p>
                    {view.consensusDetails ? (
                      <p className="mt-2 text-2xl">
                        {view.consensusDetails.rationale}
                        {view.consensusDetails.dissent ? <span className="block">Dissent: {view.consensusDetails.dissent}</span> : null}
                      </p>
                    ) : null}
                  </div>
                ) : null}
                <div className="grid gap-6 xl:grid-cols-2">
                  <DistributionPlot reveal={view.reveal} field="today" large />
                  <DistributionPlot reveal={view.reveal} field="needed" large />
                </div>
                {canManage ? (
                  <ConsensusForm
                    key={`${view.currentDimensionId}-${view.votingRound}-${view.phase}`}
                    action={recordConsensus}
                    dimensionId={view.currentDimensionId}
                    dimensionName={dimension.name}
                    levels={framework.levels}
                    suggested={view.consensus ?? { currentLevel: floorOf(view.reveal.today.stats.median), targetLevel: floorOf(view.reveal.needed.stats.median) }}
                    recorded={view.consensusDetails}
                  />
                ) : null}
              </div>
            ) : null}
          </section>
        )}

        <footer className="space-y-2 border-t-2 border-slate-300 bg-white py-3 lg:sticky lg:bottom-0">
          <p role="alert" className="min-h-7 text-xl font-semibold text-red-800">
            {message}
          </p>
          <PresenterControls view={view} canManage={canManage} busy={busy} showingJoin={showingJoin} onAction={act} />
        </footer>
      </div>
    </div>
  );
}
