import "server-only";

import { randomBytes } from "node:crypto";

import type { Role } from "@/domain/access/permissions";
import { workspaceHomePath } from "@/domain/access/scope";
import type { Prisma } from "@/generated/prisma/client";
import { createWorkspaceInput } from "@/domain/workspaces/inputs";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { UnauthenticatedError } from "@/server/errors";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";
import { parseOrThrow } from "./validation";

/** `home`: where the member lands (a client executive's is their organization's executive view). */
export type WorkspaceSummary = { id: string; name: string; slug: string; role: Role; home: string };

export async function listMyWorkspaces(actor: Actor | null): Promise<WorkspaceSummary[]> {
  if (!actor) throw new UnauthenticatedError();
  const memberships = await getDb().membership.findMany({
    where: { userId: actor.userId },
    select: { role: true, organizationId: true, workspace: { select: { id: true, name: true, slug: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return memberships.map(({ role, organizationId, workspace }) => ({ ...workspace, role, home: workspaceHomePath(workspace.slug, organizationId) }));
}

function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  // A random suffix keeps slugs unguessable and unique without a retry loop.
  return `${base || "workspace"}-${randomBytes(3).toString("hex")}`;
}

export async function createWorkspace(actor: Actor | null, input: unknown, ipAddress?: string): Promise<WorkspaceSummary> {
  if (!actor) throw new UnauthenticatedError();
  const { name } = parseOrThrow(createWorkspaceInput, input);
  return getDb().$transaction((tx) => createOwnedWorkspace(tx, actor, name, ipAddress));
}

/** The writes of a new workspace and its first owner, inside the caller's transaction (sign-up uses it too). */
export async function createOwnedWorkspace(
  tx: Prisma.TransactionClient,
  actor: { userId: string; email: string },
  name: string,
  ipAddress?: string,
): Promise<WorkspaceSummary> {
  const workspace = await tx.workspace.create({ data: { name, slug: slugify(name) }, select: { id: true, name: true, slug: true } });
  await tx.membership.create({ data: { userId: actor.userId, workspaceId: workspace.id, role: "OWNER" } });
  await recordAuditEvent(tx, {
    action: "workspace.created",
    workspaceId: workspace.id,
    actor,
    targetType: "workspace",
    targetId: workspace.id,
    details: { name },
    ipAddress,
  });
  return { ...workspace, role: "OWNER" as const, home: workspaceHomePath(workspace.slug, null) };
}

export async function getWorkspace(actor: Actor | null, slug: string): Promise<WorkspaceSummary> {
  const { workspace, role } = await requireWorkspacePermission(actor, slug, "workspace.read");
  return { ...workspace, role, home: workspaceHomePath(workspace.slug, null) };
}
