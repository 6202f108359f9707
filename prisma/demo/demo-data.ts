import { createHash, randomBytes } from "node:crypto";

import { mpem } from "../../src/domain/frameworks/mpem";
import { hashPassword } from "../../src/lib/password-hashing";
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client";
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
    await seedDemoRound(tx, organization.id);
  });
  return { seeded: true, reason: `empty ${options.database} development database` };
}

// A closed round whose answers tell a believable story: IT rates technology high and marketing
// low, leadership is optimistic about strategy, everyone wants more reach.
const DEMO_PEOPLE = [
  ["Maya Marketing", "Marketing"], ["Marco Campaigns", "Marketing"], ["Mina Content", "Marketing"], ["Milo Loyalty", "Marketing"],
  ["Ivan Platform", "IT"], ["Ines Data", "IT"], ["Igor Security", "IT"], ["Isla Architecture", "IT"],
  ["Leah Strategy", "Leadership"], ["Liam Finance", "Leadership"], ["Lena Operations", "Leadership"], ["Luca Customer", "Leadership"],
] as const;

const TODAY_BY_GROUP: Record<string, Record<string, number>> = {
  Marketing: { extent: 2, "channel-reach": 2, "accuracy-and-learnability": 1, scope: 2, strategy: 2, technology: 2, measurement: 2, "security-and-privacy": 3, "financial-effectiveness": 2, expertise: 2, culture: 2 },
  IT: { extent: 2, "channel-reach": 3, "accuracy-and-learnability": 2, scope: 2, strategy: 1, technology: 4, measurement: 2, "security-and-privacy": 4, "financial-effectiveness": 2, expertise: 3, culture: 1 },
  Leadership: { extent: 3, "channel-reach": 3, "accuracy-and-learnability": 2, scope: 3, strategy: 3, technology: 3, measurement: 2, "security-and-privacy": 3, "financial-effectiveness": 3, expertise: 2, culture: 3 },
};

async function seedDemoRound(tx: Prisma.TransactionClient, organizationId: string) {
  const round = await tx.round.create({
    data: {
      organizationId,
      name: "H1 2026",
      frameworkId: mpem.id,
      frameworkVersion: mpem.version,
      status: "CLOSED",
      groups: ["Marketing", "IT", "Leadership"],
      opensOn: new Date("2026-05-04T00:00:00Z"),
      closesOn: new Date("2026-05-15T00:00:00Z"),
      openedAt: new Date("2026-05-04T09:00:00Z"),
      closedAt: new Date("2026-05-15T17:00:00Z"),
    },
  });
  for (const [index, [displayName, group]] of DEMO_PEOPLE.entries()) {
    const participant = await tx.participant.create({
      data: {
        roundId: round.id,
        displayName,
        group,
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        startedAt: new Date("2026-05-05T10:00:00Z"),
        submittedAt: new Date("2026-05-06T10:00:00Z"),
      },
    });
    await tx.response.createMany({
      data: mpem.dimensions.map((dimension, dimensionIndex) => {
        const base = TODAY_BY_GROUP[group]![dimension.id]!;
        const current = Math.min(5, Math.max(1, base + ((index + dimensionIndex) % 3 === 0 ? 1 : 0) - ((index * dimensionIndex) % 5 === 4 ? 1 : 0)));
        const dontKnow = group === "Leadership" && dimension.id === "security-and-privacy" && index % 2 === 0;
        return {
          participantId: participant.id,
          roundId: round.id,
          dimensionId: dimension.id,
          currentLevel: dontKnow ? null : current,
          currentDontKnow: dontKnow,
          targetLevel: Math.min(5, current + (dimension.id === "channel-reach" || dimension.id === "strategy" ? 2 : 1)),
          comment: dimensionIndex === index % 11 ? `${displayName.split(" ")[0]}: we discussed this in the ${group} team.` : null,
          revision: 1,
        };
      }),
    });
  }
}
