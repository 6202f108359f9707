import "server-only";

import { headers } from "next/headers";

import type { Permission } from "@/domain/access/permissions";
import { findMembership, requireWorkspacePermission, type WorkspaceAccess } from "@/server/access";
import { recordAuditEvent } from "@/server/audit";
import { clientIp } from "@/server/auth/auth";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { ForbiddenError } from "@/server/errors";

/** A member without the permission is refused, and the refusal is kept in the workspace's audit log. */
export async function authorizeWorkspace(actor: Actor, slug: string, permission: Permission, name: string): Promise<WorkspaceAccess> {
  try {
    return await requireWorkspacePermission(actor, slug, permission);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      const membership = await findMembership(actor, slug);
      if (membership) {
        await recordAuditEvent(getDb(), {
          action: "access.refused",
          workspaceId: membership.workspace.id,
          actor,
          details: { action: name, permission, role: membership.role },
          ipAddress: clientIp(await headers()),
        });
      }
    }
    throw error;
  }
}

