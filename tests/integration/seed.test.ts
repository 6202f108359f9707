import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { ACME_MOVEMENT } from "../../prisma/demo/acme-retail";
import { DEMO_CONSULTANT, DEMO_ORGANIZATION, DEMO_WORKSPACE, seedDemoData } from "../../prisma/demo/demo-data";
import { mpem } from "@/domain/frameworks/mpem";
import { compareRounds, matchByEmail } from "@/domain/history/comparison";
import { scoreRound } from "@/domain/scoring/round-scoring";
import { createDbClient } from "../factories/db-client";
import { verifyPassword } from "@/server/auth/password";

import { createUser } from "../factories/accounts";
import { createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(databaseUrl));

const embedded = { isProduction: false, database: "embedded" } as const;
const root = path.resolve(import.meta.dirname, "../..");

/** prisma/seed.ts as `npm run db:seed` runs it: the database is whatever DATABASE_URL names. */
function runSeedScript(env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts", ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "development", MPEM_DEMO_DATA: "", DATABASE_URL: databaseUrl, ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("demo data seed", () => {
  it("seeds the demo workspace and organization into an empty development database", async () => {
    await expect(seedDemoData(db, embedded)).resolves.toEqual({
      seeded: true,
      reason: "empty embedded development database",
    });
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE.slug }, include: { organizations: true } });
    expect(workspace.name).toBe(DEMO_WORKSPACE.name);
    expect(workspace.organizations.map((organization) => organization.name).sort()).toEqual([DEMO_ORGANIZATION.name, "Globex Telecom", "Northwind Bank"]);
    const owner = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id }, include: { user: { include: { accounts: true } } } });
    expect(owner.role).toBe("OWNER");
    expect(owner.user.email).toBe(DEMO_CONSULTANT.email);
    expect(owner.user.accounts[0]?.password).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword({ hash: owner.user.accounts[0]!.password!, password: DEMO_CONSULTANT.password })).toBe(true);
  });

  it("seeds a closed round with a dozen participants' answers in three groups", async () => {
    await seedDemoData(db, embedded);
    const round = await db.round.findFirstOrThrow({ where: { name: "H1 2026", organization: { name: DEMO_ORGANIZATION.name } }, include: { participants: true, responses: true } });
    expect(round.status).toBe("CLOSED");
    expect(round.participants).toHaveLength(12);
    expect(new Set(round.participants.map((participant) => participant.group))).toEqual(new Set(["Marketing", "IT", "Leadership"]));
    expect(round.responses).toHaveLength(12 * 11);
    expect(round.responses.some((response) => response.currentDontKnow)).toBe(true);
    expect(round.responses.every((response) => response.currentDontKnow || (response.currentLevel! >= 1 && response.currentLevel! <= 5))).toBe(true);
  });

  it("gives Acme Retail an earlier closed round, so the latest one shows what moved and which targets were reached", async () => {
    await seedDemoData(db, embedded);
    const rounds = await db.round.findMany({
      where: { organization: { name: DEMO_ORGANIZATION.name } },
      orderBy: { closedAt: "asc" },
      include: { participants: true, responses: { include: { participant: { select: { group: true } } } } },
    });
    expect(rounds.map((round) => [round.name, round.status])).toEqual([
      ["H2 2025", "CLOSED"],
      ["H1 2026", "CLOSED"],
    ]);
    const [earlier, latest] = rounds as [(typeof rounds)[0], (typeof rounds)[0]];
    expect(latest.previousRoundId).toBe(earlier.id);
    expect(earlier.closedAt!.getTime()).toBeLessThan(latest.openedAt!.getTime());
    // Eleven people took part both times (matched by e-mail); one left, one joined.
    expect(matchByEmail(earlier.participants, latest.participants).size).toBe(11);
    expect(earlier.participants).toHaveLength(12);

    const official = (round: (typeof rounds)[0]) => {
      const answers = round.responses.map((response) => ({
        participantId: response.participantId,
        group: response.participant.group,
        dimensionId: response.dimensionId,
        currentLevel: response.currentLevel ?? (response.currentDontKnow ? null : undefined),
        targetLevel: response.targetLevel,
      }));
      const scores = scoreRound(mpem, answers, { groupOrder: round.groups });
      return new Map(scores.dimensions.map((dimension) => [dimension.dimensionId, dimension.official]));
    };
    const changes = compareRounds(mpem.dimensions.map((dimension) => dimension.id), official(earlier), official(latest));
    const moved = (direction: string) => changes.filter((change) => change.direction === direction).map((change) => change.dimensionId).sort();
    const planned = Object.entries(ACME_MOVEMENT);
    expect(moved("up")).toEqual(planned.filter(([, delta]) => delta > 0).map(([id]) => id).sort());
    expect(moved("down")).toEqual(["culture"]);
    expect(changes.filter((change) => change.targetReached).map((change) => change.dimensionId).sort()).toEqual(moved("up"));
    expect(changes.every((change) => change.then?.current != null && change.now?.current != null)).toBe(true);
  });

  it("seeds two more organizations with a closed round each, every dimension showing a figure", async () => {
    await seedDemoData(db, embedded);
    for (const name of ["Northwind Bank", "Globex Telecom"]) {
      const round = await db.round.findFirstOrThrow({ where: { organization: { name } }, include: { participants: true, responses: true } });
      expect(round.status).toBe("CLOSED");
      expect(round.participants.length).toBeGreaterThanOrEqual(5);
      const scores = scoreRound(
        mpem,
        round.responses.map((response) => ({ participantId: response.participantId, group: null, dimensionId: response.dimensionId, currentLevel: response.currentLevel, targetLevel: response.targetLevel })),
        { minGroupSize: round.minGroupSize },
      );
      expect(scores.dimensions.every((dimension) => dimension.official.current !== null && dimension.official.target !== null), name).toBe(true);
    }
  });

  it("runs once: a second seed changes nothing", async () => {
    await seedDemoData(db, embedded);
    await expect(seedDemoData(db, embedded)).resolves.toMatchObject({ seeded: false });
    expect(await db.workspace.count()).toBe(1);
    expect(await db.organization.count()).toBe(3);
    expect(await db.round.count()).toBe(4);
    expect(await db.user.count()).toBe(1);
  });

  it("does not run when users exist, even without workspaces", async () => {
    await createUser(db);
    await expect(seedDemoData(db, embedded)).resolves.toMatchObject({ seeded: false });
    expect(await db.workspace.count()).toBe(0);
  });

  it("never writes into a database that already has data", async () => {
    await createWorkspace(db, { name: "Real client work", slug: "real" });
    await expect(seedDemoData(db, embedded)).resolves.toEqual({
      seeded: false,
      reason: "the database already has data",
    });
    expect(await db.workspace.findMany({ select: { slug: true } })).toEqual([{ slug: "real" }]);
  });

  it("never runs in production", async () => {
    await expect(seedDemoData(db, { ...embedded, isProduction: true })).resolves.toEqual({ seeded: false, reason: "production mode" });
    expect(await db.workspace.count()).toBe(0);
  });

  it("never seeds an external database (DATABASE_URL) unless MPEM_DEMO_DATA=1 asks for it", async () => {
    const external = { isProduction: false, database: "external" } as const;
    await expect(seedDemoData(db, external)).resolves.toMatchObject({ seeded: false, reason: expect.stringContaining("MPEM_DEMO_DATA=1") });
    expect(await db.user.count()).toBe(0);
    await expect(seedDemoData(db, { ...external, demoData: "1" })).resolves.toMatchObject({ seeded: true });
  });

  it("MPEM_DEMO_DATA=0 keeps even the embedded database empty, and production ignores MPEM_DEMO_DATA=1", async () => {
    await expect(seedDemoData(db, { ...embedded, demoData: "0" })).resolves.toMatchObject({ seeded: false });
    await expect(seedDemoData(db, { ...embedded, isProduction: true, demoData: "1" })).resolves.toMatchObject({ seeded: false });
    expect(await db.user.count()).toBe(0);
  });

  it("the seed script leaves an empty external database empty: no demo owner with the README's password", () => {
    const { status, output } = runSeedScript({});
    expect(status, output).toBe(0);
    expect(output).toContain("Demo data not seeded");
    return expect(db.user.count()).resolves.toBe(0);
  });

  it("the seed script seeds an external database when asked with MPEM_DEMO_DATA=1, and the launcher's embedded one by default", async () => {
    expect(runSeedScript({ MPEM_DEMO_DATA: "1" }).output).toContain("Demo data seeded");
    expect(await db.user.count()).toBe(1);
    await resetDatabase(databaseUrl);
    expect(runSeedScript({}, ["--embedded"]).output).toContain("Demo data seeded");
    expect(await db.user.count()).toBe(1);
  });

  it("imports nothing from tests/", () => {
    for (const file of ["prisma/seed.ts", "prisma/demo/demo-data.ts", "prisma/demo/records.ts", "prisma/demo/db-client.ts", "prisma/demo/demo-rounds.ts", "prisma/demo/acme-retail.ts", "prisma/demo/portfolio.ts"]) {
      expect(readFileSync(path.join(root, file), "utf8"), file).not.toMatch(/from\s+["'][^"']*tests\//);
    }
  });
});
