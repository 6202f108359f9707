import "server-only";

import { roleLabels, type Role } from "@/domain/access/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { requireWorkspacePermission } from "@/server/access";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";

import { queueMail } from "./outbox";

// A workspace invitation by e-mail: queued in the transaction that creates the invitation, with the
// invitation's token sealed in the message (the invitation keeps only its hash).

export async function queueInvitationMail(
  tx: Prisma.TransactionClient,
  { workspace, invitationId, token, email, role, inviter, expiresAt }: { workspace: { id: string; name: string }; invitationId: string; token: string; email: string; role: Role; inviter: { userId: string; email: string; name: string }; expiresAt: Date },
): Promise<{ to: string; held: boolean }> {
  const { held } = await queueMail(tx, [
    {
      kind: "WORKSPACE_INVITATION",
      fields: { workspaceName: workspace.name, inviterName: inviter.name, inviterEmail: inviter.email, roleLabel: roleLabels[role], expiresAt: expiresAt.toISOString() },
      toAddress: email,
      secret: token,
      workspaceId: workspace.id,
      invitationId,
      createdById: inviter.userId,
    },
  ]);
  return { to: email, held };
}

export type InvitationMailState = { to: string; status: "HELD" | "QUEUED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED"; lastError: string | null };

/** The newest e-mail of each of the workspace's invitations (for the members page's list of open invitations). */
export async function listInvitationMail(actor: Actor | null, slug: string): Promise<Record<string, InvitationMailState>> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "member.invite");
  const messages = await getDb().mailMessage.findMany({
    where: { workspaceId: workspace.id, kind: "WORKSPACE_INVITATION", invitationId: { not: null } },
    orderBy: { createdAt: "desc" },
    distinct: ["invitationId"],
    select: { invitationId: true, toAddress: true, status: true, lastError: true },
  });
  return Object.fromEntries(messages.map((message) => [message.invitationId!, { to: message.toAddress, status: message.status, lastError: message.lastError }]));
}
