import { randomUUID } from "node:crypto";

import type { DbClient } from "./db-client";

type WorkspaceOverrides = { name?: string; slug?: string };

export async function createWorkspace(db: DbClient, overrides: WorkspaceOverrides = {}) {
  const suffix = randomUUID().slice(0, 8);
  return db.workspace.create({
    data: { name: overrides.name ?? `Workspace ${suffix}`, slug: overrides.slug ?? `workspace-${suffix}` },
  });
}

type OrganizationOverrides = { name?: string; industry?: string | null; businessUnits?: string[] };

export async function createOrganization(db: DbClient, workspaceId: string, overrides: OrganizationOverrides = {}) {
  return db.organization.create({
    data: {
      workspaceId,
      name: overrides.name ?? `Organization ${randomUUID().slice(0, 8)}`,
      industry: overrides.industry === undefined ? "Retail" : overrides.industry,
      businessUnits: overrides.businessUnits ?? [],
    },
  });
}
