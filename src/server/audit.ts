import "server-only";

import { createHash } from "node:crypto";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";

// The audit trail: who did what to which record, when. Never passwords, tokens or their hashes.

export type AuditAction =
  | "access.refused"
  | "auth.sign-in.succeeded"
  | "auth.sign-in.failed"
  | "auth.sign-in.throttled"
  | "auth.sign-up"
  | "auth.sign-out"
  | "auth.password-changed"
  // E-mail (src/server/mail, password-reset.ts, email-change.ts).
  | "auth.password-reset.requested"
  | "auth.password-reset"
  | "auth.email-change.requested"
  | "auth.email-changed"
  | "mail.participant-links-queued"
  | "mail.reminders-queued"
  | "mail.reassessment-due-queued"
  | "round.reminders-changed"
  | "workspace.created"
  | "organization.created"
  | "organization.renamed"
  | "organization.updated"
  | "organization.archived"
  | "organization.restored"
  | "organization.deleted"
  | "invitation.created"
  | "invitation.revoked"
  | "invitation.accepted"
  | "member.role-changed"
  | "member.removed"
  | "round.created"
  | "round.opened"
  | "round.closed"
  | "round.min-group-size-changed"
  | "round.started-from-previous"
  | "round.updated"
  | "participant.moved"
  | "participant.added"
  | "participant.link-reissued"
  | "participant.link-revoked"
  | "participant.joined"
  | "workshop.started"
  | "workshop.mode-changed"
  | "workshop.joining-changed"
  | "workshop.consensus-recorded"
  | "participant.deleted"
  | "share-link.created"
  | "share-link.revoked"
  | "share-link.opened"
  | "client.removed"
  | "framework.imported"
  | "boundaries.reviewed"
  | "plan.outcomes-changed"
  | "plan.priorities-reordered"
  | "plan.action-added"
  | "plan.action-updated"
  | "plan.action-deleted"
  | "plan.kpi-added"
  | "plan.kpi-deleted"
  | "plan.kpi-value-recorded"
  | "report.exported"
  | "organization.exported"
  | "organization.imported";

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

/** A throttled sign-in: which limit refused it, whose address and account, and until when. */
export type ThrottledAttempt = {
  limit: { name: string; points: number; durationSeconds: number };
  /** The limiter's key (account and/or address); only its hash is stored. */
  key: string;
  actorEmail: string;
  ipAddress: string;
  retryAfterSeconds: number;
};

/**
 * Records a refused sign-in as one audit event per throttling window: the first refusal writes the
 * event, later ones in the same window only add to its count (AuditThrottleWindow). An advisory
 * lock on the key makes concurrent refusals agree on which one is first.
 */
export async function recordThrottledAttempt(db: PrismaClient, attempt: ThrottledAttempt): Promise<void> {
  const limitKey = createHash("sha256").update(`${attempt.limit.name}|${attempt.key}`).digest("base64url");
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${limitKey}))`;
    const counted = await tx.auditThrottleWindow.updateMany({
      where: { limitKey, endsAt: { gt: new Date() } },
      data: { refused: { increment: 1 } },
    });
    if (counted.count > 0) return;
    const endsAt = new Date(Date.now() + attempt.retryAfterSeconds * 1000);
    const event = await tx.auditEvent.create({
      data: {
        action: "auth.sign-in.throttled",
        actorEmail: attempt.actorEmail,
        ipAddress: attempt.ipAddress,
        details: { limit: describeLimit(attempt.limit), "blocked until": endsAt.toISOString() },
      },
      select: { id: true },
    });
    await tx.auditThrottleWindow.create({ data: { auditEventId: event.id, limitKey, endsAt } });
  });
}

function describeLimit({ name, points, durationSeconds }: ThrottledAttempt["limit"]): string {
  const per = durationSeconds % 3600 === 0 ? `${durationSeconds / 3600} h` : `${Math.round(durationSeconds / 60)} min`;
  const scope = name.endsWith("account+ip") ? "this account from this address" : name.endsWith(":ip") ? "this address" : "this account";
  return `${points} attempts per ${per} for ${scope}`;
}
