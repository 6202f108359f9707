import { hashPassword } from "../../src/lib/password-hashing";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createOrganization, createWorkspace } from "./workspace";

export const DEMO_WORKSPACE = { name: "Demo Consultancy", slug: "demo" } as const;
export const DEMO_ORGANIZATION = {
  name: "Acme Retail",
  industry: "Retail",
  businessUnits: ["E-commerce", "Stores", "Loyalty"],
} as const;
/** Stated in the README so a newcomer can sign in straight away. Development databases only. */
export const DEMO_CONSULTANT = { name: "Dana Demo", email: "demo@mpem.test", password: "mpem-demo-workshop" } as const;

export type SeedOutcome = { seeded: boolean; reason: string };

/**
 * Demo data for a newcomer's first start. It is written only into an empty database and never in
 * production, so it can never mix with or overwrite real data.
 */
export async function seedDemoData(db: PrismaClient, options: { isProduction: boolean }): Promise<SeedOutcome> {
  if (options.isProduction) return { seeded: false, reason: "production mode" };
  const [workspaces, users] = await Promise.all([db.workspace.count(), db.user.count()]);
  if (workspaces + users > 0) return { seeded: false, reason: "the database already has data" };
  const passwordHash = await hashPassword(DEMO_CONSULTANT.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { id: crypto.randomUUID(), name: DEMO_CONSULTANT.name, email: DEMO_CONSULTANT.email, emailVerified: true },
    });
    await tx.account.create({
      data: { id: crypto.randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: passwordHash },
    });
    const workspace = await createWorkspace(tx, DEMO_WORKSPACE);
    await tx.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: "OWNER" } });
    await createOrganization(tx, workspace.id, { ...DEMO_ORGANIZATION, businessUnits: [...DEMO_ORGANIZATION.businessUnits] });
  });
  return { seeded: true, reason: "empty development database" };
}
