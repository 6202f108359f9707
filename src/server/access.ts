import "server-only";

import { cache } from "react";

import { can, type Permission, type Role } from "@/domain/access/permissions";
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
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
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
 */
export async function requireWorkspacePermission(actor: Actor | null, slug: string, permission: Permission): Promise<WorkspaceAccess> {
  if (!actor) throw new UnauthenticatedError();
  const membership = typeof slug === "string" && slug.length <= 100 ? await findAccess(actor.userId, slug) : null;
  if (!membership) throw new NotFoundError("workspace");
  if (!can(membership.role, permission)) throw new ForbiddenError();
  return { workspace: membership.workspace, role: membership.role, actor };
}
