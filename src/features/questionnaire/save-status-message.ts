// One status for the whole questionnaire, worded for what is true right now. "Saved" only when
// nothing is left on this device: no edit waiting, none held back by a field in error.

export type Connection = "online" | "offline" | "unavailable";

export type SaveStatusInput = {
  /** Edits on this device the server does not fully have (the whole outbox). */
  unsaved: number;
  /** Of those, edits waiting to be sent (or being sent). */
  waiting: number;
  /** Answers the participant must fix before they can be fully saved, first one by page order. */
  attention: { count: number; first?: { id: string; name: string } };
  connection: Connection;
  sending: boolean;
  /** Saving is over for this link (round closed, link withdrawn). */
  blocked: boolean;
  /** This device's storage has been read; before that, unsent edits from a last visit may exist. */
  restored: boolean;
};

export type SaveStatusView = {
  tone: "saved" | "busy" | "warning" | "stopped";
  text: string;
  /** The question to go to, when the participant has something to fix. */
  link?: { href: string; label: string };
};

const changes = (count: number) => `${count} change${count === 1 ? "" : "s"}`;

export function describeSaveStatus(input: SaveStatusInput): SaveStatusView {
  const { unsaved, waiting, attention, connection, sending, blocked, restored } = input;
  if (blocked) {
    return { tone: "stopped", text: unsaved > 0 ? `${changes(unsaved)} not saved: answers can no longer be changed` : "Answers can no longer be changed" };
  }
  const stuck = connection !== "online" && waiting > 0;
  const stuckText =
    connection === "offline"
      ? `Offline: ${changes(waiting)} kept on this device, sent when the connection is back`
      : `The server cannot be reached: ${changes(waiting)} kept on this device, trying again`;
  if (attention.count > 0) {
    const needs = `${attention.count} answer${attention.count === 1 ? " needs" : "s need"} your attention`;
    return {
      tone: "warning",
      text: stuck ? `${needs} · ${stuckText}` : needs,
      link: attention.first ? { href: `#question-${attention.first.id}`, label: `Go to ${attention.first.name}` } : undefined,
    };
  }
  if (stuck) return { tone: "warning", text: stuckText };
  if (unsaved > 0 || sending) return { tone: "busy", text: "Saving…" };
  if (!restored) return { tone: "busy", text: "Checking this device for unsent changes…" };
  return { tone: "saved", text: "All answers saved" };
}
