import "server-only";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";

// The audit trail: who did what to which record, when. Never passwords, tokens or their hashes.

export type AuditAction =
  | "auth.sign-in.succeeded"
  | "auth.sign-in.failed"
  | "auth.sign-in.throttled"
  | "auth.sign-up"
  | "auth.sign-out"
  | "auth.password-changed"
  | "workspace.created"
  | "organization.created"
  | "organization.renamed"
  | "organization.updated"
  | "organization.archived"
  | "organization.restored"
  | "invitation.created"
  | "invitation.revoked"
  | "invitation.accepted"
  | "member.role-changed"
  | "member.removed"
  | "round.created"
  | "round.opened"
  | "round.closed"
  | "participant.added"
  | "participant.link-reissued"
  | "participant.link-revoked"
  | "participant.joined"
  | "workshop.started"
  | "workshop.mode-changed"
  | "workshop.joining-changed"
  | "workshop.consensus-recorded";

export type AuditEventInput = {
  action: AuditAction;
  workspaceId?: string | null;
  actor?: { userId: string; email: string } | null;
  /** For events without a signed-in actor, such as a failed sign-in: the e-mail that was tried. */
  actorEmail?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonObject;
  ipAddress?: string | null;
};

type AuditWriter = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export async function recordAuditEvent(db: AuditWriter, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: event.action,
      workspaceId: event.workspaceId ?? null,
      actorUserId: event.actor?.userId ?? null,
      actorEmail: event.actor?.email ?? event.actorEmail ?? null,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: event.details ?? {},
      ipAddress: event.ipAddress ?? null,
    },
  });
}
