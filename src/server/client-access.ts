import "server-only";

import { z } from "zod";

import { clientRole } from "@/domain/access/permissions";
import { textField } from "@/domain/text-fields";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";

import { requireOrganizationPermission } from "./access";
import type { Actor } from "./auth/session";
import { insertInvitation, type PendingInvitation } from "./members";
import { parseOrThrow } from "./validation";

// Client executives: members of the workspace scoped to one organization (role CLIENT). Consultants
// invite them from the organization's page through the workspace's own invite links (one-time, 7
// days), see who has access, withdraw invitations and remove access. Who may read what is decided in
// src/server/access.ts; this file only manages the grants.

export type ClientMember = { membershipId: string; name: string; email: string; joinedAt: Date };
export type ClientAccess = { members: ClientMember[]; invitations: PendingInvitation[] };

const clientInvitationInput = z.object({ note: textField("Note", 200).transform((value) => (value === "" ? null : value)) });


export async function listClientAccess(actor: Actor | null, slug: string, organizationId: string): Promise<ClientAccess> {
  const { workspace, organization } = await requireOrganizationPermission(actor, slug, organizationId, "client-access.manage");
  const [memberships, invitations] = await Promise.all([
    getDb().membership.findMany({
      where: { workspaceId: workspace.id, organizationId: organization.id, role: clientRole },
      select: { id: true, createdAt: true, user: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    getDb().invitation.findMany({
      where: { workspaceId: workspace.id, organizationId: organization.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, role: true, note: true, createdAt: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    members: memberships.map((membership) => ({ membershipId: membership.id, name: membership.user.name, email: membership.user.email, joinedAt: membership.createdAt })),
    invitations,
  };
}

/** A one-time invite link that makes its bearer a client executive of this organization only. */
export async function inviteClientExecutive(actor: Actor | null, slug: string, organizationId: string, input: unknown) {
  const { workspace, organization } = await requireOrganizationPermission(actor, slug, organizationId, "client-access.manage");
  const { note } = parseOrThrow(clientInvitationInput, input);
  return getDb().$transaction((tx) => insertInvitation(tx, actor!, { workspaceId: workspace.id, role: clientRole, note, organizationId: organization.id }));
}

/** Withdraws a client invitation of this organization (a colleague's invitation is the owner's business). */
export async function withdrawClientInvitation(actor: Actor | null, slug: string, organizationId: string, invitationId: string): Promise<void> {
  const { workspace, organization } = await requireOrganizationPermission(actor, slug, organizationId, "client-access.manage");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: String(invitationId), workspaceId: workspace.id, organizationId: organization.id, role: clientRole, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("invitation");
    await recordAuditEvent(tx, { action: "invitation.revoked", workspaceId: workspace.id, actor, targetType: "invitation", targetId: String(invitationId), details: { organizationId: organization.id } });
  });
}

/** Ends a client executive's access to this organization (and so to the workspace: it was all they had). */
export async function removeClientExecutive(actor: Actor | null, slug: string, organizationId: string, membershipId: string): Promise<void> {
  const { workspace, organization } = await requireOrganizationPermission(actor, slug, organizationId, "client-access.manage");
  await getDb().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: String(membershipId), workspaceId: workspace.id, organizationId: organization.id, role: clientRole },
      select: { id: true, userId: true },
    });
    if (!membership) throw new NotFoundError("client executive");
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(tx, {
      action: "client.removed",
      workspaceId: workspace.id,
      actor,
      targetType: "user",
      targetId: membership.userId,
      details: { organizationId: organization.id, organization: organization.name },
    });
  });
}
