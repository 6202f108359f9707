import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { can, isOrganizationScoped, type Permission, type Role } from "@/domain/access/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { workspaceHomePath } from "@/domain/access/scope";
import { invitationInput, roleInput } from "@/domain/workspaces/inputs";
import { recordAuditEvent } from "@/server/audit";
import { queueInvitationMail } from "@/server/mail/invitation-mail";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/server/errors";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";
import { parseOrThrow } from "./validation";

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** `organization`: the one organization a client executive reads; null for everyone else. */
export type Member = { membershipId: string; userId: string; name: string; email: string; role: Role; organization: { id: string; name: string } | null; joinedAt: Date };
export type PendingInvitation = { id: string; role: Role; note: string | null; createdAt: Date; expiresAt: Date };

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function listMembers(actor: Actor | null, slug: string): Promise<Member[]> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "member.read");
  const memberships = await getDb().membership.findMany({
    where: { workspaceId: workspace.id },
    select: { id: true, role: true, createdAt: true, organization: { select: { id: true, name: true } }, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((membership) => ({
    membershipId: membership.id,
    userId: membership.user.id,
    name: membership.user.name,
    email: membership.user.email,
    role: membership.role,
    organization: membership.organization,
    joinedAt: membership.createdAt,
  }));
}

export async function listPendingInvitations(actor: Actor | null, slug: string): Promise<PendingInvitation[]> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "member.invite");
  return getDb().invitation.findMany({
    where: { workspaceId: workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, role: true, note: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Creates a one-time invite link. The token is returned once, here; only its hash is stored. With an
 * e-mail address, the invitation is e-mailed too, queued in the same transaction.
 */
export async function createInvitation(actor: Actor | null, slug: string, input: unknown): Promise<{ token: string; invitation: PendingInvitation; mail: { to: string; held: boolean } | null }> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "member.invite");
  const { role, note, email } = parseOrThrow(invitationInput, input);
  return getDb().$transaction(async (tx) => {
    const { token, invitation } = await insertInvitation(tx, actor!, { workspaceId: workspace.id, role, note, organizationId: null });
    const mail = email ? await queueInvitationMail(tx, { workspace, invitationId: invitation.id, token, email, role, inviter: actor!, expiresAt: invitation.expiresAt }) : null;
    return { token, invitation, mail };
  });
}

/**
 * Writes an invitation and its audit entry in the caller's transaction; the one place invite
 * tokens are made, for colleagues (above) and for client executives scoped to an organization
 * (src/server/client-access.ts), who then accept through the same link, page and sign-up.
 */
export async function insertInvitation(
  tx: Prisma.TransactionClient,
  actor: Actor,
  data: { workspaceId: string; role: Role; note: string | null; organizationId: string | null },
): Promise<{ token: string; invitation: PendingInvitation }> {
  const token = randomBytes(32).toString("base64url");
  const invitation = await tx.invitation.create({
    data: { ...data, tokenHash: hashToken(token), createdById: actor.userId, expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS) },
    select: { id: true, role: true, note: true, createdAt: true, expiresAt: true },
  });
  await recordAuditEvent(tx, {
    action: "invitation.created",
    workspaceId: data.workspaceId,
    actor,
    targetType: "invitation",
    targetId: invitation.id,
    details: data.organizationId ? { role: data.role, organizationId: data.organizationId } : { role: data.role },
  });
  return { token, invitation };
}

export async function revokeInvitation(actor: Actor | null, slug: string, invitationId: string): Promise<void> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "member.invite");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: String(invitationId), workspaceId: workspace.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("invitation");
    await recordAuditEvent(tx, { action: "invitation.revoked", workspaceId: workspace.id, actor, targetType: "invitation", targetId: invitationId });
  });
}

export type InvitationPreview =
  | { status: "valid"; workspaceName: string; role: Role; organizationName: string | null }
  | { status: "used" | "revoked" | "expired" | "unknown" };

/** What an invite link leads to, for the page that asks the visitor to accept it. */
export async function previewInvitation(token: string): Promise<InvitationPreview> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return { status: "unknown" };
  const invitation = await getDb().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { role: true, acceptedAt: true, revokedAt: true, expiresAt: true, workspace: { select: { name: true } }, organization: { select: { name: true } } },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.revokedAt) return { status: "revoked" };
  if (invitation.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", workspaceName: invitation.workspace.name, role: invitation.role, organizationName: invitation.organization?.name ?? null };
}

/** Joins the invitation's workspace. The link works once; a second use is refused. */
export async function acceptInvitation(actor: Actor | null, token: string): Promise<{ slug: string; alreadyMember: boolean; home: string }> {
  if (!actor) throw new UnauthenticatedError();
  const preview = await previewInvitation(token);
  if (preview.status !== "valid") throw new ValidationError(invitationProblem(preview.status));
  return getDb().$transaction((tx) => claimInvitation(tx, actor, token));
}

/**
 * The step of accepting an invitation that writes, inside the caller's transaction (sign-up creates
 * the account in the same one, so a link that stops being valid half-way leaves no account behind).
 * The claim comes first, so two simultaneous acceptances cannot both succeed.
 */
export async function claimInvitation(tx: Prisma.TransactionClient, actor: { userId: string; email: string }, token: string) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(String(token)) },
    select: { id: true, role: true, organizationId: true, workspaceId: true, acceptedAt: true, revokedAt: true, expiresAt: true, workspace: { select: { slug: true } } },
  });
  if (!invitation) throw new ValidationError(invitationProblem("unknown"));
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date(), acceptedById: actor.userId },
  });
  if (count === 0) {
    const status = invitation.revokedAt ? "revoked" : invitation.expiresAt <= new Date() ? "expired" : "used";
    throw new ValidationError(invitationProblem(status));
  }
  const existing = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId: actor.userId, workspaceId: invitation.workspaceId } },
    select: { id: true, organizationId: true },
  });
  if (!existing) {
    // A client invitation's organization comes with it: the scope is the server's record, never the visitor's.
    await tx.membership.create({ data: { userId: actor.userId, workspaceId: invitation.workspaceId, role: invitation.role, organizationId: invitation.organizationId } });
  }
  await recordAuditEvent(tx, {
    action: "invitation.accepted",
    workspaceId: invitation.workspaceId,
    actor,
    targetType: "invitation",
    targetId: invitation.id,
    details: { role: invitation.role, alreadyMember: Boolean(existing) },
  });
  // Where to go next: a client executive's home is their organization (a colleague's, the workspace).
  const organizationId = existing ? existing.organizationId : invitation.organizationId;
  return { slug: invitation.workspace.slug, alreadyMember: Boolean(existing), home: workspaceHomePath(invitation.workspace.slug, organizationId) };
}

export function invitationProblem(status: Exclude<InvitationPreview["status"], "valid">): string {
  switch (status) {
    case "used":
      return "This invite link has already been used. Ask the workspace owner for a new one.";
    case "revoked":
      return "This invite link has been withdrawn. Ask the workspace owner for a new one.";
    case "expired":
      return "This invite link has expired. Ask the workspace owner for a new one.";
    case "unknown":
      return "This invite link is not valid. Check that you copied all of it.";
  }
}

/**
 * Serializes membership changes in one workspace: the workspace row is locked until the transaction
 * ends, so two owners demoting or removing each other at once are checked one after the other. The
 * caller's own role is read again under the lock, because the first change may have just taken it.
 */
async function lockWorkspaceMemberships(tx: Prisma.TransactionClient, workspaceId: string, actor: Actor, permission: Permission) {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
  const own = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId: actor.userId, workspaceId } },
    select: { role: true },
  });
  if (!own) throw new NotFoundError("workspace");
  if (!can(own.role, permission)) throw new ForbiddenError();
}

async function requireOtherOwner(tx: Prisma.TransactionClient, workspaceId: string, membershipId: string) {
  const otherOwners = await tx.membership.count({ where: { workspaceId, role: "OWNER", id: { not: membershipId } } });
  if (otherOwners === 0) throw new ValidationError("A workspace needs at least one owner. Make someone else an owner first.");
}

export async function changeMemberRole(actor: Actor | null, slug: string, membershipId: string, role: unknown): Promise<void> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "member.update-role");
  const newRole = parseOrThrow(roleInput, role);
  await getDb().$transaction(async (tx) => {
    await lockWorkspaceMemberships(tx, workspace.id, actor!, "member.update-role");
    const membership = await tx.membership.findFirst({
      where: { id: String(membershipId), workspaceId: workspace.id },
      select: { id: true, role: true, userId: true },
    });
    if (!membership) throw new NotFoundError("member");
    if (membership.role === newRole) return;
    if (isOrganizationScoped(membership.role)) {
      throw new ValidationError("A client executive reads one organization only, so their role cannot be changed. Remove them and invite them again as a colleague if they should see the whole workspace.");
    }
    if (membership.role === "OWNER") await requireOtherOwner(tx, workspace.id, membership.id);
    await tx.membership.update({ where: { id: membership.id }, data: { role: newRole } });
    await recordAuditEvent(tx, {
      action: "member.role-changed",
      workspaceId: workspace.id,
      actor,
      targetType: "user",
      targetId: membership.userId,
      details: { from: membership.role, to: newRole },
    });
  });
}

export async function removeMember(actor: Actor | null, slug: string, membershipId: string): Promise<void> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "member.remove");
  await getDb().$transaction(async (tx) => {
    await lockWorkspaceMemberships(tx, workspace.id, actor!, "member.remove");
    const membership = await tx.membership.findFirst({
      where: { id: String(membershipId), workspaceId: workspace.id },
      select: { id: true, role: true, userId: true },
    });
    if (!membership) throw new NotFoundError("member");
    if (membership.role === "OWNER") await requireOtherOwner(tx, workspace.id, membership.id);
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(tx, {
      action: "member.removed",
      workspaceId: workspace.id,
      actor,
      targetType: "user",
      targetId: membership.userId,
      details: { role: membership.role },
    });
  });
}
