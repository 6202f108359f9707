import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";
import pg from "pg";

import { findFreePort, makeScratchDir } from "../../scripts/lib/embedded-db";

// `npm start` as a user runs it: the real launcher with the embedded default, stopped politely,
// killed outright, and started again. No browser is needed: these talk HTTP and SQL.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const root = process.cwd(); // Playwright runs from the project root

type Launch = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

function launch(env: Record<string, string>): Launch {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", NODE_OPTIONS: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

async function waitForHealth(port: number, launched: Launch): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (launched.process.exitCode !== null) throw new Error(`The launcher exited early:\n${launched.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy:\n${launched.output()}`);
}

async function isListening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/api/health`);
    return true;
  } catch {
    return false;
  }
}

async function withDb<T>(dataDir: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { url } = JSON.parse(readFileSync(path.join(dataDir, "embedded-db.json"), "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test.describe("npm start with the embedded database", () => {
  let dataDir = "";
  let port = 0;
  let running: Launch | undefined;

  test.beforeAll(async () => {
    dataDir = makeScratchDir("mpem-lifecycle-");
    port = await findFreePort();
  });

  test.afterAll(async () => {
    if (running && running.process.exitCode === null) {
      running.process.kill("SIGTERM");
      await running.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("keeps data across a clean stop and start", async () => {
    running = launch({ PORT: String(port), MPEM_DATA_DIR: dataDir });
    await waitForHealth(port, running);
    await withDb(dataDir, (client) =>
      client.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ('ws-kept', 'Kept', 'kept', now())`),
    );

    running.process.kill("SIGINT"); // what Ctrl-C sends
    expect(await running.exited).toBe(0);
    expect(existsSync(path.join(dataDir, "postgres/postmaster.pid")), "the database stopped").toBe(false);
    expect(await isListening(port), "the app stopped").toBe(false);

    running = launch({ PORT: String(port), MPEM_DATA_DIR: dataDir });
    await waitForHealth(port, running);
    const rows = await withDb(dataDir, (client) => client.query(`SELECT name FROM "Workspace" WHERE id = 'ws-kept'`));
    expect(rows.rows).toEqual([{ name: "Kept" }]);
  });

  test("recovers on the next start after being killed with SIGKILL", async () => {
    expect(running?.process.exitCode).toBeNull();
    running?.process.kill("SIGKILL");
    await running?.exited;
    // The app server follows its launcher down; the database is a separate process and lingers.
    await expect.poll(() => isListening(port), { timeout: 10_000 }).toBe(false);
    expect(existsSync(path.join(dataDir, "postgres/postmaster.pid")), "an orphaned database is left").toBe(true);

    running = launch({ PORT: String(port), MPEM_DATA_DIR: dataDir });
    await waitForHealth(port, running);
    expect(running.output()).toContain("Stopping a PostgreSQL server left running by an earlier start");
    const rows = await withDb(dataDir, (client) => client.query(`SELECT name FROM "Workspace" WHERE id = 'ws-kept'`));
    expect(rows.rows).toEqual([{ name: "Kept" }]);
  });

  for (const [variable, value, message] of [
    ["DATABASE_URL", "mysql://root@localhost/mpem", "DATABASE_URL must be a PostgreSQL connection URL"],
    ["PORT", "eighty", "PORT must be a number"],
  ] as const) {
    test(`refuses to start with a malformed ${variable}, saying why`, async () => {
      const launched = launch({ PORT: String(port), MPEM_DATA_DIR: dataDir, [variable]: value });
      expect(await launched.exited).toBe(1);
      expect(launched.output()).toContain(message);
    });
  }

  // A fresh container that clones into /root (mode 0700): PostgreSQL, run as the "postgres" user,
  // cannot enter the data folder there. The launcher keeps the cluster where it can, and says so.
  test("starts as root when the data folder is in a folder other users cannot enter", async () => {
    test.skip(userInfo().uid !== 0, "only root runs PostgreSQL as another user");
    const closed = mkdtempSync(path.join(tmpdir(), "mpem-closed-"));
    chmodSync(closed, 0o700);
    const ownPort = await findFreePort(); // the launcher of the tests above may still hold theirs
    const launched = launch({ PORT: String(ownPort), MPEM_DATA_DIR: path.join(closed, ".data") });
    let relocated: string | undefined;
    try {
      await waitForHealth(ownPort, launched);
      relocated = /the database is kept in (\S+) instead/.exec(launched.output())?.[1];
      expect(relocated, launched.output()).toBeDefined();
      const response = await fetch(`http://127.0.0.1:${ownPort}/model`);
      expect(response.status).toBe(200);
    } finally {
      launched.process.kill("SIGTERM");
      await launched.exited;
      rmSync(closed, { recursive: true, force: true });
      if (relocated) rmSync(path.dirname(relocated), { recursive: true, force: true });
    }
  });
});
