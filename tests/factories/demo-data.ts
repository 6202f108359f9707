import type { PrismaClient } from "../../src/generated/prisma/client";
import { createOrganization, createWorkspace } from "./workspace";

export const DEMO_WORKSPACE = { name: "Demo Consultancy", slug: "demo" } as const;
export const DEMO_ORGANIZATION = {
  name: "Acme Retail",
  industry: "Retail",
  businessUnits: ["E-commerce", "Stores", "Loyalty"],
} as const;

export type SeedOutcome = { seeded: boolean; reason: string };

/**
 * Demo data for a newcomer's first start. It is written only into an empty database and never in
 * production, so it can never mix with or overwrite real data.
 */
export async function seedDemoData(db: PrismaClient, options: { isProduction: boolean }): Promise<SeedOutcome> {
  if (options.isProduction) return { seeded: false, reason: "production mode" };
  if ((await db.workspace.count()) > 0) return { seeded: false, reason: "the database already has data" };
  await db.$transaction(async (tx) => {
    const workspace = await createWorkspace(tx, DEMO_WORKSPACE);
    await createOrganization(tx, workspace.id, {
      ...DEMO_ORGANIZATION,
      businessUnits: [...DEMO_ORGANIZATION.businessUnits],
    });
  });
  return { seeded: true, reason: "empty development database" };
}
