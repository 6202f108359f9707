import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";

export type AuditEntry = {
  id: string;
  action: string;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
  ipAddress: string | null;
  createdAt: Date;
};

/**
 * What an owner may read: everything recorded in this workspace, and the account events (sign-ins,
 * failed and blocked sign-ins, password changes) of its current members from the moment each joined.
 * Not a member's account events from before they joined, nor anything of another workspace, nor
 * people who are no longer members. Account events belong to no workspace; a member's sign-in is
 * the owners' business only while that member can reach this workspace's data. The audit page
 * says so (src/features/audit/audit-scope-note.tsx).
 */
/** The workspace's audit trail, newest first. Owners only. */
export async function listAuditEvents(actor: Actor | null, slug: string, options: { limit?: number } = {}): Promise<AuditEntry[]> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "audit.read");
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 500);
  const db = getDb();
  const members = await db.membership.findMany({
    where: { workspaceId: workspace.id },
    select: { createdAt: true, user: { select: { id: true, email: true } } },
  });
  const accountEventsWhileMember: Prisma.AuditEventWhereInput[] = members.map(({ createdAt, user }) => ({
    workspaceId: null,
    action: { startsWith: "auth." },
    createdAt: { gte: createdAt },
    // Failed and blocked sign-ins name only the e-mail address that was tried.
    OR: [{ actorUserId: user.id }, { actorUserId: null, actorEmail: user.email }],
  }));
  const events = await db.auditEvent.findMany({
    where: { OR: [{ workspaceId: workspace.id }, ...accountEventsWhileMember] },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, action: true, actorEmail: true, targetType: true, targetId: true, details: true, ipAddress: true, createdAt: true },
  });
  const throttled = events.filter((event) => event.action === "auth.sign-in.throttled").map((event) => event.id);
  const windows = throttled.length
    ? await db.auditThrottleWindow.findMany({ where: { auditEventId: { in: throttled } }, select: { auditEventId: true, refused: true } })
    : [];
  const refusedById = new Map(windows.map((window) => [window.auditEventId, window.refused]));
  return events.map((event) => {
    const refused = refusedById.get(event.id);
    const details = refused === undefined ? event.details : { ...(event.details as Prisma.JsonObject), "attempts refused": refused };
    return { ...event, id: event.id.toString(), details };
  });
}
