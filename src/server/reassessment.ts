import "server-only";

import { toIsoDate } from "@/domain/history/calendar";
import { reassessmentState, type ReassessmentState } from "@/domain/history/next-round";
import { getDb } from "@/server/db";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";

// When each organization is due for its next re-assessment: six months after its latest round
// closed, unless a later round is already under way (a draft or open round created after the
// closed one; an old draft left behind does not hide an overdue organization).

export type Reassessment = {
  state: ReassessmentState | null;
  latestClosed: { id: string; name: string; closedAt: Date } | null;
  inProgress: { id: string; name: string; status: "DRAFT" | "OPEN" } | null;
};

type Row = {
  organizationId: string;
  workspaceId: string;
  archived: boolean;
  closedId: string | null;
  closedName: string | null;
  closedAt: Date | null;
  progressId: string | null;
  progressName: string | null;
  progressStatus: "DRAFT" | "OPEN" | null;
};

/** One query for every organization of the workspace (or one of them; or, for the planner of due e-mails, of every workspace). */
async function readRows(workspaceId: string | null, organizationId?: string): Promise<Row[]> {
  return getDb().$queryRaw<Row[]>`
    SELECT o.id AS "organizationId", o."workspaceId", o."archivedAt" IS NOT NULL AS archived, closed.id AS "closedId", closed.name AS "closedName", closed."closedAt",
           progress.id AS "progressId", progress.name AS "progressName", progress.status::text AS "progressStatus"
    FROM "Organization" o
    LEFT JOIN LATERAL (
      SELECT r.id, r.name, r."closedAt", r."createdAt" FROM "Round" r
      WHERE r."organizationId" = o.id AND r.status = 'CLOSED' AND r."closedAt" IS NOT NULL
      ORDER BY r."closedAt" DESC LIMIT 1
    ) closed ON true
    LEFT JOIN LATERAL (
      SELECT r.id, r.name, r.status FROM "Round" r
      WHERE r."organizationId" = o.id AND r.status IN ('DRAFT', 'OPEN') AND (closed."createdAt" IS NULL OR r."createdAt" > closed."createdAt")
      ORDER BY r."createdAt" DESC LIMIT 1
    ) progress ON true
    WHERE (${workspaceId}::text IS NULL OR o."workspaceId" = ${workspaceId}::text) AND (${organizationId ?? null}::text IS NULL OR o.id = ${organizationId ?? null}::text)`;
}

function toReassessment(row: Row, today: Date): Reassessment {
  const latestClosed = row.closedId && row.closedAt ? { id: row.closedId, name: row.closedName!, closedAt: row.closedAt } : null;
  const inProgress = row.progressId ? { id: row.progressId, name: row.progressName!, status: row.progressStatus! } : null;
  return { latestClosed, inProgress, state: reassessmentState(latestClosed?.closedAt ?? null, inProgress !== null, toIsoDate(today)) };
}

export async function listReassessments(actor: Actor | null, slug: string, today: Date = new Date()): Promise<Map<string, Reassessment>> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.read");
  const rows = await readRows(workspace.id);
  return new Map(rows.map((row) => [row.organizationId, toReassessment(row, today)]));
}

export async function getReassessment(actor: Actor | null, slug: string, organizationId: string, today: Date = new Date()): Promise<Reassessment> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.read");
  const [row] = await readRows(workspace.id, String(organizationId));
  if (!row) return { state: null, latestClosed: null, inProgress: null };
  return toReassessment(row, today);
}

export type DueMailFacts = Omit<Reassessment, "state"> & { organizationId: string; workspaceId: string; archived: boolean };

/**
 * The latest closed round and any round under way of every organization (or one) that has a
 * closed round, in every workspace, with no permission check: for the background planner and the
 * delivery of "re-assessment due" e-mails (src/server/mail/reassessment-due.ts) only, so that they
 * read the same rounds as the pages.
 */
export async function readDueMailFacts(organizationId?: string): Promise<DueMailFacts[]> {
  const rows = await readRows(null, organizationId);
  return rows.flatMap((row) => {
    if (!row.closedId) return [];
    const { latestClosed, inProgress } = toReassessment(row, new Date());
    return [{ organizationId: row.organizationId, workspaceId: row.workspaceId, archived: row.archived, latestClosed, inProgress }];
  });
}
