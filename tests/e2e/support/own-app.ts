import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import pg from "pg";

import { findFreePort, makeScratchDir, startEmbeddedDb, type EmbeddedDb } from "../../../scripts/lib/embedded-db";

// An app of the test's own, started with the real launcher (`npm start` is `scripts/start.ts`) on a
// PostgreSQL of its own, so a spec can configure it differently (no SMTP_URL), kill it with -9 and
// start it again, without touching the shared e2e server. The launcher runs in its own process
// group, so a kill reaches it and the app server it started, as a crash would.

export type OwnApp = {
  url: string;
  databaseUrl: string;
  /** Starts (or starts again) the app; resolves once it answers. */
  start(): Promise<void>;
  /** SIGTERM, as Ctrl-C or a process manager would. */
  stop(): Promise<void>;
  /** SIGKILL to the launcher and the app server at once. */
  kill(): Promise<void>;
  query<T extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<T[]>;
  /** Stops everything and removes the database. */
  dispose(): Promise<void>;
  /** Everything the launcher and the app server printed (their logs), since the first start. */
  output(): string;
  /** The launcher's exit code after it stopped (null while it runs or if it was killed). */
  exitCode(): number | null;
};

export async function createOwnApp(env: Record<string, string>): Promise<OwnApp> {
  const scratch = makeScratchDir("mpem-own-app-");
  const db: EmbeddedDb = await startEmbeddedDb({ dataDir: path.join(scratch, "pg"), ephemeral: true });
  const port = await findFreePort();
  const url = `http://localhost:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let output = "";
  let exitCode: number | null = null;

  async function waitForExit(timeoutMs: number) {
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  const app: OwnApp = {
    url,
    databaseUrl: db.url,
    async start() {
      child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--no-build", "--no-seed"], {
        cwd: process.cwd(),
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NODE_OPTIONS: "", LOG_LEVEL: "warn", PORT: String(port), DATABASE_URL: db.url, MPEM_DATA_DIR: path.join(scratch, "app"), APP_URL: url, SMTP_URL: "", ...env },
      });
      const current = child;
      for (const stream of [current.stdout, current.stderr]) stream?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      exited = new Promise((resolve) => current.once("exit", (code) => {
        exitCode = code;
        resolve();
      }));
      for (let attempt = 0; ; attempt += 1) {
        if ((await fetch(`${url}/api/health`).catch(() => null))?.ok) return;
        if (attempt > 1200 || current.exitCode !== null) throw new Error(`The test's own app did not start on port ${port}:\n${output.slice(-4000)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (!child?.pid || child.exitCode !== null) return;
      process.kill(-child.pid, "SIGTERM");
      await waitForExit(15_000);
    },
    async kill() {
      if (!child?.pid || child.exitCode !== null) return;
      process.kill(-child.pid, "SIGKILL");
      await waitForExit(5_000);
    },
    async query(sql, values = []) {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    output: () => output,
    exitCode: () => exitCode,
    async dispose() {
      await app.stop();
      await db.stop();
    },
  };
  return app;
}
