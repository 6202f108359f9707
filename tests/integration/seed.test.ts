import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { createDbClient } from "../factories/db-client";
import { DEMO_CONSULTANT, DEMO_ORGANIZATION, DEMO_WORKSPACE, seedDemoData } from "../factories/demo-data";
import { verifyPassword } from "@/server/auth/password";

import { createUser } from "../factories/accounts";
import { createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(databaseUrl));

describe("demo data seed", () => {
  it("seeds the demo workspace and organization into an empty development database", async () => {
    await expect(seedDemoData(db, { isProduction: false })).resolves.toEqual({
      seeded: true,
      reason: "empty development database",
    });
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE.slug }, include: { organizations: true } });
    expect(workspace.name).toBe(DEMO_WORKSPACE.name);
    expect(workspace.organizations.map((organization) => organization.name)).toEqual([DEMO_ORGANIZATION.name]);
    const owner = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id }, include: { user: { include: { accounts: true } } } });
    expect(owner.role).toBe("OWNER");
    expect(owner.user.email).toBe(DEMO_CONSULTANT.email);
    expect(owner.user.accounts[0]?.password).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword({ hash: owner.user.accounts[0]!.password!, password: DEMO_CONSULTANT.password })).toBe(true);
  });

  it("seeds a closed round with a dozen participants' answers in three groups", async () => {
    await seedDemoData(db, { isProduction: false });
    const round = await db.round.findFirstOrThrow({ include: { participants: true, responses: true } });
    expect(round.status).toBe("CLOSED");
    expect(round.participants).toHaveLength(12);
    expect(new Set(round.participants.map((participant) => participant.group))).toEqual(new Set(["Marketing", "IT", "Leadership"]));
    expect(round.responses).toHaveLength(12 * 11);
    expect(round.responses.some((response) => response.currentDontKnow)).toBe(true);
    expect(round.responses.every((response) => response.currentDontKnow || (response.currentLevel! >= 1 && response.currentLevel! <= 5))).toBe(true);
  });

  it("runs once: a second seed changes nothing", async () => {
    await seedDemoData(db, { isProduction: false });
    await expect(seedDemoData(db, { isProduction: false })).resolves.toMatchObject({ seeded: false });
    expect(await db.workspace.count()).toBe(1);
    expect(await db.organization.count()).toBe(1);
    expect(await db.user.count()).toBe(1);
  });

  it("does not run when users exist, even without workspaces", async () => {
    await createUser(db);
    await expect(seedDemoData(db, { isProduction: false })).resolves.toMatchObject({ seeded: false });
    expect(await db.workspace.count()).toBe(0);
  });

  it("never writes into a database that already has data", async () => {
    await createWorkspace(db, { name: "Real client work", slug: "real" });
    await expect(seedDemoData(db, { isProduction: false })).resolves.toEqual({
      seeded: false,
      reason: "the database already has data",
    });
    expect(await db.workspace.findMany({ select: { slug: true } })).toEqual([{ slug: "real" }]);
  });

  it("never runs in production", async () => {
    await expect(seedDemoData(db, { isProduction: true })).resolves.toEqual({ seeded: false, reason: "production mode" });
    expect(await db.workspace.count()).toBe(0);
  });
});
