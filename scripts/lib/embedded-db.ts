import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import {
  canReach,
  DEFAULT_SHARED_RUNTIME_DIR,
  initialiseCluster,
  packagedBinaries,
  serverAccount,
  stageBinaries,
  startServer,
  stopServer,
  type PostgresBinaries,
  type RunAs,
} from "./postgres-process";

// The embedded PostgreSQL is what makes `npm start` work with nothing installed. Its binaries
// ship inside the npm package; this module owns its life cycle: first-time initdb, recovery
// after a crash or a `kill -9`, start, stop.

const USER = "mpem";
const PASSWORD = "mpem";
const DATABASE = "mpem";

export type EmbeddedDb = {
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
};

type StartOptions = {
  /** Folder that holds the cluster; created on first use. */
  dataDir: string;
  /** Delete the cluster when stopped (tests). */
  ephemeral?: boolean;
  port?: number;
  /** Our own messages (recovery, first-time set-up). */
  log?: (line: string) => void;
  /** PostgreSQL's own output, which is noisy; dropped unless asked for. */
  serverLog?: (line: string) => void;
  /** Tests only: other binaries than the packaged ones, and another shared folder for root's fallback. */
  binaries?: PostgresBinaries;
  sharedRuntimeDir?: string;
};

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A private temporary folder for a throwaway cluster. As root, the server runs as a separate
 * `postgres` user that must be able to traverse it, so it is opened up to 0755.
 */
export function makeScratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPostgresProcess(pid: number): boolean {
  const cmdlinePath = `/proc/${pid}/cmdline`;
  // Without /proc (macOS) a live pid from our own lock file is most likely our postmaster.
  if (!existsSync("/proc")) return true;
  try {
    return readFileSync(cmdlinePath, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isProcessAlive(pid);
}

/**
 * A previous run that was killed with SIGKILL leaves its postmaster running (it is a separate
 * process) or, after a machine crash, a postmaster.pid naming a pid that may now belong to an
 * unrelated process. Either blocks the next start, so both are cleared here. PostgreSQL's own
 * WAL recovery then makes the data consistent.
 */
export async function recoverStaleServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const lockFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) && isPostgresProcess(pid)) {
    log(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})…`);
    process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGQUIT");
      await waitForExit(pid, 5_000);
    }
  }
  if (existsSync(lockFile)) {
    const stillRunning = Number.isInteger(pid) && isProcessAlive(pid) && isPostgresProcess(pid);
    if (stillRunning) throw new Error(`PostgreSQL (pid ${pid}) holds ${clusterDir} and would not stop.`);
    log("Removing a stale PostgreSQL lock file left by a crash.");
    rmSync(lockFile, { force: true });
  }
}

/**
 * As root the server runs as the `postgres` account. When that account cannot reach the binaries or
 * the data folder (a clone under /root), both move to a shared folder it can reach.
 */
async function placeForAccount(options: StartOptions, account: RunAs | undefined, log: (line: string) => void) {
  const sharedDir = options.sharedRuntimeDir ?? DEFAULT_SHARED_RUNTIME_DIR;
  const packaged = await packagedBinaries();
  let binaries = options.binaries ?? packaged;
  if (!canReach(binaries.postgres, account)) binaries = stageBinaries(binaries, sharedDir, packaged.version);
  let dataDir = path.resolve(options.dataDir);
  if (!canReach(dataDir, account)) {
    const clusterHome = path.join(sharedDir, "clusters", createHash("sha256").update(dataDir).digest("hex").slice(0, 16));
    for (const folder of [sharedDir, path.dirname(clusterHome), clusterHome]) {
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o755);
    }
    const relocated = path.join(clusterHome, path.basename(dataDir));
    log(`Running as root, PostgreSQL runs as the "postgres" user, which cannot enter ${path.dirname(dataDir)}; the database is kept in ${relocated} instead.`);
    dataDir = relocated;
  }
  return { binaries, dataDir };
}

async function ensureDatabase(url: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedDb(options: StartOptions): Promise<EmbeddedDb> {
  const log = options.log ?? (() => {});
  const serverLog = options.serverLog ?? (() => {});
  const account = serverAccount();
  const { binaries, dataDir } = await placeForAccount(options, account, log);
  const port = options.port ?? (await findFreePort());
  mkdirSync(path.dirname(dataDir), { recursive: true });

  if (options.ephemeral && existsSync(dataDir)) {
    // A throwaway cluster left by a run that was killed: stop whatever still uses it, start fresh.
    await recoverStaleServer(dataDir, log);
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // initdb writes into a scratch folder that is renamed only once complete, so a start that is
    // interrupted half-way never leaves a broken cluster behind.
    const scratchDir = `${dataDir}.initialising`;
    rmSync(scratchDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    log("Creating the embedded PostgreSQL cluster (first start only)…");
    await initialiseCluster(binaries, scratchDir, account, { user: USER, password: PASSWORD });
    renameSync(scratchDir, dataDir);
  } else {
    await recoverStaleServer(dataDir, log);
  }

  const server = await startServer(binaries, dataDir, port, account, serverLog);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  await ensureDatabase(url);

  let stopped = false;
  return {
    url,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopServer(server);
      if (options.ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
