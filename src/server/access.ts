import "server-only";

import { cache } from "react";

import { can, isOrganizationScoped, type Permission, type Role } from "@/domain/access/permissions";
import { reaches, scopeOfMembership, workspaceHomePath, type ReaderScope } from "@/domain/access/scope";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/server/errors";

import type { Actor } from "./auth/session";

export type WorkspaceAccess = {
  workspace: { id: string; name: string; slug: string };
  role: Role;
  actor: Actor;
};

const findAccess = cache(async (userId: string, slug: string) =>
  getDb().membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { role: true, organizationId: true, workspace: { select: { id: true, name: true, slug: true } } },
  }),
);

/** The actor's membership of the workspace with this slug, whatever its role, or null. */
export async function findMembership(actor: Actor, slug: string) {
  return typeof slug === "string" && slug.length <= 100 ? findAccess(actor.userId, slug) : null;
}

/**
 * The one gate every workspace-scoped read and write goes through. Not a member, or no such
 * workspace: the same NotFoundError, so an outsider learns nothing. A member without the
 * permission: ForbiddenError, since they already know the workspace exists.
 *
 * A client executive (a membership scoped to one organization) never passes this gate, whatever
 * the permission: to them the rest of the workspace does not exist, so it is a NotFoundError too.
 * They read through `requireOrganizationReader` only. This is what makes every page, action and
 * route written for workspace members (now or later) a 404 for clients without a line of its own.
 */
export async function requireWorkspacePermission(actor: Actor | null, slug: string, permission: Permission): Promise<WorkspaceAccess> {
  if (!actor) throw new UnauthenticatedError();
  const membership = typeof slug === "string" && slug.length <= 100 ? await findAccess(actor.userId, slug) : null;
  if (!membership || isOrganizationScoped(membership.role)) throw new NotFoundError("workspace");
  if (!can(membership.role, permission)) throw new ForbiddenError();
  return { workspace: membership.workspace, role: membership.role, actor };
}

/** A workspace permission on one organization of the workspace; another workspace's organization is a NotFoundError. */
export async function requireOrganizationPermission(actor: Actor | null, slug: string, organizationId: string, permission: Permission) {
  const { workspace } = await requireWorkspacePermission(actor, slug, permission);
  const organization = await getDb().organization.findFirst({ where: { id: String(organizationId), workspaceId: workspace.id }, select: { id: true, name: true } });
  if (!organization) throw new NotFoundError("organization");
  return { workspace, organization };
}

export type OrganizationReader = {
  workspace: { id: string; name: string; slug: string };
  organization: { id: string; name: string };
  role: Role;
  scope: ReaderScope;
};

/**
 * The gate for an organization's executive view (summary, heatmaps, trend): any member of the
 * workspace, or a client executive whose membership names this organization. Anything else,
 * including another organization of the same workspace, is a NotFoundError.
 */
export async function requireOrganizationReader(actor: Actor | null, slug: string, organizationId: string): Promise<OrganizationReader> {
  if (!actor) throw new UnauthenticatedError();
  const membership = typeof slug === "string" && slug.length <= 100 ? await findAccess(actor.userId, slug) : null;
  if (!membership || !can(membership.role, "executive.read")) throw new NotFoundError("organization");
  const scope = scopeOfMembership({ workspaceId: membership.workspace.id, role: membership.role, organizationId: membership.organizationId });
  if (typeof organizationId !== "string" || !reaches(scope, { workspaceId: membership.workspace.id, organizationId })) throw new NotFoundError("organization");
  const organization = await getDb().organization.findFirst({ where: { id: organizationId, workspaceId: membership.workspace.id }, select: { id: true, name: true } });
  if (!organization) throw new NotFoundError("organization");
  return { workspace: membership.workspace, organization, role: membership.role, scope: scope! };
}

/** Where a client executive lands in this workspace (their organization's executive view), or null for everyone else. */
export async function findClientHome(actor: Actor, slug: string): Promise<string | null> {
  const membership = await findMembership(actor, slug);
  if (!membership || !isOrganizationScoped(membership.role) || !membership.organizationId) return null;
  return workspaceHomePath(membership.workspace.slug, membership.organizationId);
}
