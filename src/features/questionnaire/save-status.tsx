import type { SaveStatusView } from "./save-status-message";

const tones: Record<SaveStatusView["tone"], string> = {
  saved: "bg-green-50 text-green-900",
  busy: "bg-brand-50 text-brand-900",
  warning: "bg-amber-100 text-amber-950",
  stopped: "bg-red-50 text-red-900",
};

/** Always visible, announced politely: people need to trust that their answers are kept. */
export function SaveStatus({ view }: { view: SaveStatusView }) {
  return (
    <p role="status" aria-live="polite" className={`rounded-md px-3 py-1 text-sm font-medium ${tones[view.tone]}`} data-state={view.tone}>
      {view.text}
      {view.link ? (
        <>
          {" · "}
          <a href={view.link.href} className="underline">
            {view.link.label}
          </a>
        </>
      ) : null}
    </p>
  );
}
