import "server-only";

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

/** The workspace's audit trail, newest first, plus sign-in events of its members. Owners only. */
export async function listAuditEvents(actor: Actor | null, slug: string, options: { limit?: number } = {}): Promise<AuditEntry[]> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "audit.read");
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 500);
  const db = getDb();
  const members = await db.membership.findMany({ where: { workspaceId: workspace.id }, select: { user: { select: { id: true, email: true } } } });
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { workspaceId: workspace.id },
        // Account events belong to no workspace; owners see those of their own members, including
        // failed sign-ins against a member's e-mail address.
        {
          workspaceId: null,
          action: { startsWith: "auth." },
          OR: [{ actorUserId: { in: members.map(({ user }) => user.id) } }, { actorEmail: { in: members.map(({ user }) => user.email) } }],
        },
      ],
    },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, action: true, actorEmail: true, targetType: true, targetId: true, details: true, ipAddress: true, createdAt: true },
  });
  return events.map((event) => ({ ...event, id: event.id.toString() }));
}
