import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import pg from "pg";

import { mpem } from "../../src/domain/frameworks/mpem";
import { findFreePort, makeScratchDir, startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";

// The database goes away while a participant is answering, then comes back. This spec runs its own
// app on its own PostgreSQL, so stopping that database disturbs no other test.
test.setTimeout(180_000);

const root = process.cwd(); // Playwright runs from the project root

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** An open round with one participant; returns the link's token. */
async function createParticipant(url: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const [workspaceId, organizationId, roundId] = [randomUUID(), randomUUID(), randomUUID()];
  await query(url, `INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Outage', $2, now())`, [workspaceId, `outage-${workspaceId.slice(0, 8)}`]);
  await query(url, `INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, 'Outage Co', now())`, [organizationId, workspaceId]);
  await query(
    url,
    `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, "updatedAt") VALUES ($1, $2, 'Outage round', $3, $4, $5, $6, 'OPEN', now())`,
    [roundId, organizationId, mpem.id, mpem.version, mpem.levels.length, mpem.dimensions.map((dimension) => dimension.id)],
  );
  await query(url, `INSERT INTO "Participant" (id, "roundId", "displayName", "tokenHash") VALUES ($1, $2, 'Olu Outage', $3)`, [
    randomUUID(),
    roundId,
    createHash("sha256").update(token).digest("hex"),
  ]);
  return token;
}

test("answers given while the database is down are kept on the device and saved once it is back", async ({ page }) => {
  const scratch = makeScratchDir("mpem-outage-");
  const dbPort = await findFreePort();
  const appPort = await findFreePort();
  const base = `http://localhost:${appPort}`;
  let db: EmbeddedDb | undefined = await startEmbeddedDb({ dataDir: path.join(scratch, "pg"), port: dbPort });
  let app: ChildProcess | undefined;
  try {
    const databaseUrl = db.url; // the launcher applies the migrations
    app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build", "--no-seed"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(appPort), MPEM_DATA_DIR: path.join(scratch, "app"), NODE_OPTIONS: "", LOG_LEVEL: "fatal" },
      stdio: "ignore",
    });
    await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.ok ?? false, { timeout: 90_000 }).toBe(true);
    const token = await createParticipant(databaseUrl);
    const storedTarget = async () => (await query<{ targetLevel: number }>(databaseUrl, `SELECT "targetLevel" FROM "Response" WHERE "dimensionId" = 'extent'`))[0]?.targetLevel;

    await page.goto(`${base}/r/${token}`);
    const status = page.locator("[role=status][data-state]");
    const extent = page.getByRole("region", { name: "Extent", exact: true });
    await extent.getByRole("radio", { name: "Today: Level 2 · Foundational" }).check();
    await extent.getByRole("radio", { name: "Needed: Level 4 · Mature" }).check();
    await expect(status).toHaveText("All answers saved");

    await db.stop();
    db = undefined;
    // The endpoint says "come back later", not "broken".
    const save = { dimensionId: "scope", currentLevel: 1, currentDontKnow: false, targetLevel: 2, targetDontKnow: false, comment: "", evidenceUrl: "", deviceId: "outage-probe-0000000001", deviceRevision: 1 };
    const refused = await fetch(`${base}/api/r/${token}/answers`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(save) });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    await extent.getByRole("radio", { name: "Needed: Level 5 · Leader" }).check();
    await expect(status).toHaveText("The server cannot be reached: 1 change kept on this device, trying again", { timeout: 15_000 });
    await expect(extent.getByRole("radio", { name: "Needed: Level 5 · Leader" })).toBeChecked();

    db = await startEmbeddedDb({ dataDir: path.join(scratch, "pg"), port: dbPort });
    await expect(status).toHaveText("All answers saved", { timeout: 30_000 });
    expect(await storedTarget()).toBe(5);
    await page.reload();
    await expect(page.getByRole("region", { name: "Extent", exact: true }).getByRole("radio", { name: "Needed: Level 5 · Leader" })).toBeChecked();
  } finally {
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app?.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    await db?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
});
