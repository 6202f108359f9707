import type { SyncState } from "./use-answer-sync";

const messages: Record<SyncState, string> = {
  saved: "All answers saved",
  saving: "Saving…",
  offline: "Offline: your answers are kept on this device and will be sent when the connection is back",
  error: "Some answers could not be saved",
};

/** Always visible, announced politely: people need to trust that their answers are kept. */
export function SaveStatus({ state, waiting, heldBack }: { state: SyncState; waiting: number; heldBack: number }) {
  const tone = state === "offline" ? "bg-amber-100 text-amber-950" : state === "saving" ? "bg-brand-50 text-brand-900" : "bg-green-50 text-green-900";
  const detail = state === "offline" && waiting > 0 ? ` (${waiting} waiting)` : "";
  return (
    <p role="status" aria-live="polite" className={`rounded-md px-3 py-1 text-sm font-medium ${tone}`} data-state={state}>
      {messages[state]}
      {detail}
      {heldBack > 0 ? ` · ${heldBack} not saved until a comment says why` : ""}
    </p>
  );
}
