import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { ReaderScope } from "@/domain/access/scope";
import { isWellFormedShareToken, shareLinkExpiry, shareLinkInput, shareLinkState, type ShareLinkState } from "@/domain/access/share-links";
import { getServerEnv } from "@/env";
import { recordAuditEvent } from "@/server/audit";
import { getThrottle, type Limit } from "@/server/auth/throttle";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";

import { requireOrganizationPermission } from "./access";
import type { Actor } from "./auth/session";
import { parseOrThrow } from "./validation";

// Share links: a consultant gives someone without an account read-only access to one
// organization's executive view. The token is shown once and only its SHA-256 hash is stored; a
// link resolves to an organization scope (src/domain/access/scope.ts) and nothing else, and every
// write in the app needs a signed-in member, so a link can do nothing but read.

export type ShareLinkRow = {
  id: string;
  label: string | null;
  createdByName: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedByName: string | null;
  lastUsedAt: Date | null;
  useCount: number;
  state: ShareLinkState;
};

/**
 * Opening links is limited per client address: every open counts against a generous limit (an
 * executive clicking through the heatmap's views is far below it), and a token that matches no link
 * counts against a tight one too, so guessing is hopeless long before it could matter.
 */
export const shareLinkLimits = {
  opens: { name: "share-link:ip", points: 120, durationSeconds: 10 * 60 },
  unknown: { name: "share-link-unknown:ip", points: 20, durationSeconds: 10 * 60 },
} as const satisfies Record<string, Limit>;

/** Opens within this long of the last one are counted but not written to the audit log again. */
const AUDIT_OPEN_EVERY_MS = 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}


const rowSelect = { id: true, label: true, createdByName: true, createdAt: true, expiresAt: true, revokedAt: true, revokedByName: true, lastUsedAt: true, useCount: true } as const;

export async function listShareLinks(actor: Actor | null, slug: string, organizationId: string): Promise<ShareLinkRow[]> {
  const { organization } = await requireOrganizationPermission(actor, slug, organizationId, "client-access.manage");
  const rows = await getDb().shareLink.findMany({ where: { organizationId: organization.id }, select: rowSelect, orderBy: { createdAt: "desc" } });
  const now = new Date();
  return rows.map((row) => ({ ...row, state: shareLinkState(row, now) }));
}

/** Creates a link; the token is returned once, here, and stored nowhere. */
export async function createShareLink(actor: Actor | null, slug: string, organizationId: string, input: unknown, ipAddress: string | null = null): Promise<{ token: string; link: ShareLinkRow }> {
  const { workspace, organization } = await requireOrganizationPermission(actor, slug, organizationId, "client-access.manage");
  const { label, expiresInDays } = parseOrThrow(shareLinkInput, input);
  const token = randomBytes(32).toString("base64url");
  const createdAt = new Date();
  const link = await getDb().$transaction(async (tx) => {
    const created = await tx.shareLink.create({
      data: {
        organizationId: organization.id,
        tokenHash: hashToken(token),
        label,
        createdById: actor!.userId,
        createdByName: actor!.name || actor!.email,
        createdAt,
        expiresAt: shareLinkExpiry(createdAt, expiresInDays),
      },
      select: rowSelect,
    });
    await recordAuditEvent(tx, {
      action: "share-link.created",
      workspaceId: workspace.id,
      actor,
      targetType: "share-link",
      targetId: created.id,
      details: { organizationId: organization.id, organization: organization.name, label, expiresAt: created.expiresAt.toISOString() },
      ipAddress,
    });
    return created;
  });
  return { token, link: { ...link, state: "active" } };
}

/** Stops a link at once. Revoking an already revoked link changes nothing and says so. */
export async function revokeShareLink(actor: Actor | null, slug: string, organizationId: string, linkId: string, ipAddress: string | null = null): Promise<void> {
  const { workspace, organization } = await requireOrganizationPermission(actor, slug, organizationId, "client-access.manage");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.shareLink.updateMany({
      where: { id: String(linkId), organizationId: organization.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedByName: actor!.name || actor!.email },
    });
    if (count === 0) throw new NotFoundError("share link");
    await recordAuditEvent(tx, {
      action: "share-link.revoked",
      workspaceId: workspace.id,
      actor,
      targetType: "share-link",
      targetId: String(linkId),
      details: { organizationId: organization.id, organization: organization.name },
      ipAddress,
    });
  });
}

export type OpenedShareLink =
  | { status: "active"; scope: Extract<ReaderScope, { kind: "organization" }>; organization: { id: string; name: string }; workspaceName: string; expiresAt: Date }
  | { status: Exclude<ShareLinkState, "active"> | "unknown" }
  | { status: "throttled"; retryAfterSeconds: number };

/**
 * What a share link opens: its organization's scope while it is active, otherwise why not. Each open
 * is rate-limited per address, counted on the link (last used, number of opens), and audit-logged
 * (at most once an hour per link, so a reader paging through views is one entry, not dozens).
 */
export async function openShareLink(token: string, address: string): Promise<OpenedShareLink> {
  const throttle = getThrottle(getServerEnv().DATABASE_URL);
  const guessing = await throttle.retryAfter(shareLinkLimits.unknown, address);
  if (guessing > 0) return { status: "throttled", retryAfterSeconds: guessing };
  const verdict = await throttle.consume(shareLinkLimits.opens, address);
  if (!verdict.allowed) return { status: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const link = isWellFormedShareToken(token)
    ? await getDb().shareLink.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { id: true, expiresAt: true, organization: { select: { id: true, name: true, workspaceId: true, workspace: { select: { name: true } } } } },
      })
    : null;
  if (!link) {
    await throttle.consume(shareLinkLimits.unknown, address);
    return { status: "unknown" };
  }
  const { organization } = link;
  // The state is read under a row lock, so a revocation that commits first is always seen, and two
  // opens at once write one audit entry.
  const state = await getDb().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null }[]>`
      SELECT "expiresAt", "revokedAt", "lastUsedAt" FROM "ShareLink" WHERE id = ${link.id} FOR UPDATE`;
    const now = new Date();
    const current = row ? shareLinkState(row, now) : "revoked";
    if (current !== "active") return current;
    await tx.shareLink.update({ where: { id: link.id }, data: { lastUsedAt: now, useCount: { increment: 1 } } });
    if (!row!.lastUsedAt || now.getTime() - row!.lastUsedAt.getTime() >= AUDIT_OPEN_EVERY_MS) {
      await recordAuditEvent(tx, {
        action: "share-link.opened",
        workspaceId: organization.workspaceId,
        targetType: "share-link",
        targetId: link.id,
        details: { organizationId: organization.id, organization: organization.name },
        ipAddress: address,
      });
    }
    return current;
  });
  if (state !== "active") return { status: state };
  return {
    status: "active",
    scope: { kind: "organization", via: "share-link", workspaceId: organization.workspaceId, organizationId: organization.id },
    organization: { id: organization.id, name: organization.name },
    workspaceName: organization.workspace.name,
    expiresAt: link.expiresAt,
  };
}
