import { hashPassword } from "../../src/lib/password-hashing";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { seedAcmeRetail } from "./acme-retail";
import { seedPortfolio } from "./portfolio";
import { createOrganization, createWorkspace } from "./records";

export const DEMO_WORKSPACE = { name: "Demo Consultancy", slug: "demo" } as const;
export const DEMO_ORGANIZATION = {
  name: "Acme Retail",
  industry: "Retail",
  businessUnits: ["E-commerce", "Stores", "Loyalty"],
} as const;
/** Stated in the README so a newcomer can sign in straight away. Development databases only. */
export const DEMO_CONSULTANT = { name: "Dana Demo", email: "demo@mpem.test", password: "mpem-demo-workshop" } as const;

export type SeedOutcome = { seeded: boolean; reason: string };

export type SeedOptions = {
  isProduction: boolean;
  /** "embedded": the launcher's own PostgreSQL in MPEM_DATA_DIR; "external": a DATABASE_URL. */
  database: "embedded" | "external";
  /** MPEM_DEMO_DATA: "1" also seeds an external database, "0" never seeds, unset seeds only the embedded one. */
  demoData?: "0" | "1";
};

/** Whether demo data may go into this database at all (before looking at what it holds). */
export function demoDataRefusal(options: SeedOptions): string | null {
  if (options.isProduction) return "production mode";
  if (options.demoData === "0") return "MPEM_DEMO_DATA=0";
  // An external database may be a real one that happens to be empty (a fresh production database
  // started without NODE_ENV=production): an owner with the README's public password would be an
  // open door. It gets demo data only when someone asks for it by name.
  if (options.database === "external" && options.demoData !== "1") return "an external database (DATABASE_URL) gets demo data only with MPEM_DEMO_DATA=1";
  return null;
}

/**
 * Demo data for a newcomer's first start. It is written only into an empty database, only into the
 * embedded one unless asked for, and never in production, so it can never mix with real data.
 */
export async function seedDemoData(db: PrismaClient, options: SeedOptions): Promise<SeedOutcome> {
  const refusal = demoDataRefusal(options);
  if (refusal) return { seeded: false, reason: refusal };
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
    const organization = await createOrganization(tx, workspace.id, { ...DEMO_ORGANIZATION, businessUnits: [...DEMO_ORGANIZATION.businessUnits] });
    await seedAcmeRetail(tx, organization.id);
    await seedPortfolio(tx, workspace.id);
  });
  return { seeded: true, reason: `empty ${options.database} development database` };
}
