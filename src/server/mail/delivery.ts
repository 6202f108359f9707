import "server-only";

import { endOfClosingDay } from "@/domain/mail/reminder-schedule";
import { getDb } from "@/server/db";
import { logger } from "@/server/logger";
import { MAIL_MAX_ATTEMPTS } from "@/server/jobs/queue";

import { getMailConfig } from "./config";
import { reassessmentDueObsolete } from "./reassessment-due";
import { openSecret, SecretUnreadableError } from "./secret-box";
import { mailLink, renderMail, type MailToRender } from "./templates";
import { classifySendError, type MailSender } from "./transport";

// Delivering one outbox row: the body of the "mail-send" job. The row's id is the idempotency key:
// a message is claimed by moving it to SENDING, and only a QUEUED message (or a SENDING one whose
// sender has evidently died) can be claimed, so a duplicated or retried job never sends a message
// that was sent. The one gap no SMTP client can close is a crash after the mail server accepted a
// message and before the row says SENT: that message is sent again, with the same Message-ID, which
// mail programs treat as one message. Logs name the message id and kind, never the body or link.

/** A SENDING row older than this belongs to a sender that died mid-send (SMTP timeouts are 10+10+20 s). */
const STALE_SENDING_SECONDS = 45;

export type DeliveryOutcome = "sent" | "already-done" | "cancelled" | "failed";

export class RetryLaterError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "RetryLaterError";
  }
}

type ClaimedMessage = {
  id: string;
  kind: MailToRender["kind"];
  toAddress: string;
  toName: string | null;
  fields: unknown;
  sealedSecret: string | null;
  secretHash: string | null;
  attempts: number;
  participantId: string | null;
  invitationId: string | null;
  userId: string | null;
  workspaceId: string | null;
  roundId: string | null;
};

async function claim(messageId: string): Promise<ClaimedMessage | "busy" | null> {
  const rows = await getDb().$queryRaw<ClaimedMessage[]>`
    UPDATE "MailMessage" SET status = 'SENDING', attempts = attempts + 1, "updatedAt" = now()
    WHERE id = ${messageId}
      AND (status = 'QUEUED' OR (status = 'SENDING' AND "updatedAt" < now() - make_interval(secs => ${STALE_SENDING_SECONDS})))
    RETURNING id, kind::text AS kind, "toAddress", "toName", fields, "sealedSecret", "secretHash", attempts, "participantId", "invitationId", "userId", "workspaceId", "roundId"`;
  if (rows[0]) return rows[0];
  const current = await getDb().mailMessage.findUnique({ where: { id: messageId }, select: { status: true } });
  return current?.status === "SENDING" ? "busy" : null;
}

/** Why a message is no longer worth sending, or null. Checked just before sending. */
async function reasonNotToSend(message: ClaimedMessage): Promise<string | null> {
  const db = getDb();
  if (message.participantId) {
    const participant = await db.participant.findUnique({
      where: { id: message.participantId },
      select: { tokenHash: true, revokedAt: true, submittedAt: true, round: { select: { status: true, closesOn: true } } },
    });
    if (!participant) return "The participant was deleted.";
    if (participant.revokedAt) return "The link was withdrawn before the message went out.";
    if (participant.tokenHash !== message.secretHash) return "A newer link replaced this one before the message went out.";
    if (message.kind === "PARTICIPANT_REMINDER") {
      if (participant.submittedAt) return "They finished before the reminder went out.";
      const { status, closesOn } = participant.round;
      if (status === "CLOSED" || (closesOn && new Date() >= endOfClosingDay(closesOn))) return "The round closed before the reminder went out.";
    }
  }
  if (message.kind === "WORKSPACE_INVITATION" && message.invitationId) {
    const invitation = await db.invitation.findUnique({ where: { id: message.invitationId }, select: { acceptedAt: true, revokedAt: true, expiresAt: true } });
    if (!invitation || invitation.revokedAt) return "The invitation was withdrawn before the message went out.";
    if (invitation.acceptedAt) return "The invitation was accepted before the message went out.";
    if (invitation.expiresAt <= new Date()) return "The invitation expired before the message went out.";
  }
  if ((message.kind === "PASSWORD_RESET" || message.kind === "EMAIL_CHANGE") && message.secretHash) {
    const token =
      message.kind === "PASSWORD_RESET"
        ? await db.passwordResetToken.findUnique({ where: { tokenHash: message.secretHash }, select: { usedAt: true, expiresAt: true } })
        : await db.emailChangeRequest.findUnique({ where: { tokenHash: message.secretHash }, select: { usedAt: true, expiresAt: true } });
    if (!token || token.usedAt || token.expiresAt <= new Date()) return "The link expired or was used before the message went out.";
  }
  if (message.kind === "REASSESSMENT_DUE") return reassessmentDueObsolete(message);
  return null;
}

async function settle(id: string, status: "SENT" | "FAILED" | "CANCELLED" | "QUEUED", lastError: string | null) {
  await getDb().mailMessage.update({ where: { id }, data: { status, lastError, ...(status === "SENT" ? { sentAt: new Date() } : {}) } });
}

/**
 * Sends one message. Resolves when the message is settled (sent, failed for good, cancelled, or
 * already settled); throws RetryLaterError when it should be tried again later (the queue retries
 * with backoff).
 */
export async function deliverMessage(messageId: string, sender: MailSender): Promise<DeliveryOutcome> {
  const claimed = await claim(messageId);
  if (claimed === "busy") throw new RetryLaterError("Another worker is sending this message.");
  if (!claimed) return "already-done";
  const log = logger.child({ messageId: claimed.id, kind: claimed.kind, attempt: claimed.attempts });

  const reason = await reasonNotToSend(claimed);
  if (reason) {
    await settle(claimed.id, "CANCELLED", reason);
    log.info({ outcome: "cancelled" }, "mail not sent");
    return "cancelled";
  }

  const config = getMailConfig();
  let rendered;
  try {
    const token = claimed.sealedSecret ? openSecret(claimed.sealedSecret) : null;
    rendered = await renderMail({ kind: claimed.kind, fields: claimed.fields } as MailToRender, mailLink(claimed.kind, token, config.appUrl));
  } catch (error) {
    const why = error instanceof SecretUnreadableError ? error.message : "The message could not be prepared.";
    await settle(claimed.id, "FAILED", why);
    log.error({ outcome: "failed", err: error instanceof SecretUnreadableError ? undefined : error }, "mail could not be rendered");
    return "failed";
  }

  try {
    await sender.send({
      messageId: `<${claimed.id}@${new URL(config.appUrl).hostname}>`,
      from: { name: rendered.fromName, address: config.fromAddress },
      to: { name: claimed.toName ?? "", address: claimed.toAddress },
      replyTo: rendered.replyTo,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
    });
  } catch (error) {
    const failure = classifySendError(error);
    const final = failure.permanent || claimed.attempts >= MAIL_MAX_ATTEMPTS;
    await settle(claimed.id, final ? "FAILED" : "QUEUED", final && !failure.permanent ? `${failure.reason} Gave up after ${claimed.attempts} attempts.` : failure.reason);
    log.warn({ outcome: final ? "failed" : "retry", reason: failure.reason }, "mail not delivered");
    if (final) return "failed";
    throw new RetryLaterError(failure.reason);
  }
  await settle(claimed.id, "SENT", null);
  log.info({ outcome: "sent" }, "mail sent");
  return "sent";
}
