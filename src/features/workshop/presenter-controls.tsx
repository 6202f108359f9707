"use client";

import type { FacilitatorView } from "@/domain/workshop/views";

export type PresenterAction = "previous" | "next" | "reveal" | "revote" | "fullscreen" | "join" | "who" | "joining" | "mode";

/** Keys a facilitator presses with a remote clicker or keyboard; letters as printed on the buttons. */
export const PRESENTER_KEYS: Record<string, PresenterAction> = {
  ArrowLeft: "previous",
  PageUp: "previous",
  ArrowRight: "next",
  PageDown: "next",
  r: "reveal",
  v: "revote",
  f: "fullscreen",
  j: "join",
  w: "who",
};

type ControlsProps = { view: FacilitatorView; canManage: boolean; busy: boolean; showingJoin: boolean; onAction: (action: PresenterAction) => void };

const buttonClass =
  "inline-flex h-12 items-center gap-2 rounded-md border-2 border-slate-700 bg-white px-4 text-lg font-semibold text-slate-950 hover:bg-slate-100 disabled:opacity-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
const primaryClass =
  "inline-flex h-12 items-center gap-2 rounded-md border-2 border-blue-900 bg-blue-900 px-5 text-lg font-bold text-white hover:bg-blue-800 disabled:opacity-50 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

function Key({ children }: { children: string }) {
  return <kbd className="rounded border border-current px-1.5 font-mono text-sm">{children}</kbd>;
}

export function PresenterControls({ view, canManage, busy, showingJoin, onAction }: ControlsProps) {
  const live = view.mode === "workshop" && view.roundStatus === "OPEN";
  const first = view.position.index === 0;
  const last = view.position.index === view.position.total - 1;
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Workshop controls">
      {canManage ? (
        <>
          <button type="button" className={buttonClass} disabled={busy || !live || first} onClick={() => onAction("previous")}>
            <span aria-hidden="true">←</span> Previous
          </button>
          {view.phase === "voting" ? (
            <button type="button" className={primaryClass} disabled={busy || !live} onClick={() => onAction("reveal")}>
              Reveal votes <Key>R</Key>
            </button>
          ) : null}
          {view.phase === "revealed" ? (
            <button type="button" className={buttonClass} disabled={busy || !live} onClick={() => onAction("revote")}>
              Revote <Key>V</Key>
            </button>
          ) : null}
          <button type="button" className={buttonClass} disabled={busy || !live || last} onClick={() => onAction("next")}>
            Next <span aria-hidden="true">→</span>
          </button>
        </>
      ) : null}
      <button type="button" className={buttonClass} onClick={() => onAction("fullscreen")}>
        Full screen <Key>F</Key>
      </button>
      <button type="button" className={buttonClass} aria-pressed={showingJoin} onClick={() => onAction("join")}>
        {showingJoin ? "Hide join code" : "Show join code"} <Key>J</Key>
      </button>
      {canManage ? (
        <>
          <button type="button" className={buttonClass} aria-pressed={view.showWhoHasNotVoted} disabled={busy} onClick={() => onAction("who")}>
            {view.showWhoHasNotVoted ? "Hide who has not voted" : "Show who has not voted"} <Key>W</Key>
          </button>
          <button type="button" className={buttonClass} disabled={busy || (view.roundStatus !== "OPEN" && !view.joinOpen)} onClick={() => onAction("joining")}>
            {view.joinOpen ? "Turn joining off" : "Turn joining on"}
          </button>
          <button type="button" className={buttonClass} disabled={busy || (view.roundStatus !== "OPEN" && view.mode !== "workshop")} onClick={() => onAction("mode")}>
            {view.mode === "workshop" ? "Switch to self-paced" : "Switch to workshop mode"}
          </button>
        </>
      ) : null}
    </div>
  );
}
