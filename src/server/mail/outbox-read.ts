import "server-only";

import { can } from "@/domain/access/permissions";
import { requireWorkspacePermission } from "@/server/access";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";

import { getMailConfig } from "./config";
import { openSecret, SecretUnreadableError } from "./secret-box";
import { mailLink, mailSubject, type MailToRender } from "./templates";

// The outbox as owners and consultants read it: every message of the workspace, newest first, and
// for those that did not reach their person (held because mail is not set up, or failed) the link
// to pass on by hand, while it still works. Invitation links only for those who may invite; account
// messages (password resets, address changes) belong to no workspace and are never listed here.

export const OUTBOX_PAGE_SIZE = 200;

export type OutboxEntry = {
  id: string;
  kind: MailToRender["kind"];
  status: "HELD" | "QUEUED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED";
  toName: string | null;
  toAddress: string;
  subject: string;
  round: { id: string; name: string } | null;
  createdAt: Date;
  sentAt: Date | null;
  lastError: string | null;
  /** The link to copy, for messages that did not reach their person and whose link still works. */
  link: string | null;
};

export type Outbox = { mailConfigured: boolean; entries: OutboxEntry[]; total: number };

export async function listOutbox(actor: Actor | null, slug: string): Promise<Outbox> {
  const { workspace, role } = await requireWorkspacePermission(actor, slug, "mail.outbox");
  const db = getDb();
  const where = { workspaceId: workspace.id };
  const [messages, total] = await Promise.all([
    db.mailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        status: true,
        toName: true,
        toAddress: true,
        fields: true,
        createdAt: true,
        sentAt: true,
        lastError: true,
        sealedSecret: true,
        secretHash: true,
        round: { select: { id: true, name: true } },
        participant: { select: { tokenHash: true, revokedAt: true } },
        invitationId: true,
      },
    }),
    db.mailMessage.count({ where }),
  ]);
  const invitationIds = messages.flatMap((message) => (message.invitationId ? [message.invitationId] : []));
  const openInvitations = new Set(
    (
      await db.invitation.findMany({
        where: { id: { in: invitationIds }, workspaceId: workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
      })
    ).map((invitation) => invitation.id),
  );
  const { appUrl, isConfigured } = getMailConfig();

  function linkFor(message: (typeof messages)[number]): string | null {
    if ((message.status !== "HELD" && message.status !== "FAILED") || !message.sealedSecret) return null;
    const current =
      message.kind === "WORKSPACE_INVITATION"
        ? can(role, "member.invite") && message.invitationId !== null && openInvitations.has(message.invitationId)
        : message.participant !== null && !message.participant.revokedAt && message.participant.tokenHash === message.secretHash;
    if (!current) return null;
    try {
      return mailLink(message.kind, openSecret(message.sealedSecret), appUrl);
    } catch (error) {
      if (error instanceof SecretUnreadableError) return null;
      throw error;
    }
  }

  return {
    mailConfigured: isConfigured,
    total,
    entries: messages.map((message) => ({
      id: message.id,
      kind: message.kind,
      status: message.status,
      toName: message.toName,
      toAddress: message.toAddress,
      subject: mailSubject({ kind: message.kind, fields: message.fields } as MailToRender),
      round: message.round,
      createdAt: message.createdAt,
      sentAt: message.sentAt,
      lastError: message.lastError,
      link: linkFor(message),
    })),
  };
}

/** Whether this server sends e-mail (for pages that say so). */
export function isMailConfigured(): boolean {
  return getMailConfig().isConfigured;
}
