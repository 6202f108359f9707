import type { InvitationMailState } from "@/server/mail/invitation-mail";

const states: Record<InvitationMailState["status"], string> = {
  HELD: "in the outbox (mail is not set up)",
  QUEUED: "queued",
  SENDING: "sending",
  SENT: "sent",
  FAILED: "failed",
  CANCELLED: "not sent",
};

/** "E-mailed to ana@example.com: failed (The mail server refused the address…)" per invitation. */
export function describeInvitationMail(mail: Record<string, InvitationMailState>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mail).map(([id, state]) => [id, `E-mail to ${state.to}: ${states[state.status]}${state.lastError && state.status !== "SENT" ? ` (${state.lastError})` : ""}`]),
  );
}

