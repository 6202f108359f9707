import { spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";

import { makeScratchDir, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { binariesIn, packagedBinaries } from "./postgres-process";

const scratchDirs: string[] = [];
const running: EmbeddedDb[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((db) => db.stop()));
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function clusterDir(): string {
  const scratch = makeScratchDir("mpem-embedded-test-");
  scratchDirs.push(scratch);
  return path.join(scratch, "postgres");
}

async function start(dataDir: string): Promise<EmbeddedDb> {
  const db = await startEmbeddedDb({ dataDir });
  running.push(db);
  return db;
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir: string): number {
  return Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
}

describe("embedded PostgreSQL life cycle", () => {
  it("keeps committed data across a clean stop and start", async () => {
    const dataDir = clusterDir();
    const first = await start(dataDir);
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const second = await start(dataDir);
    expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
  });

  it("recovers when the previous owner was killed and left its server running", async () => {
    const dataDir = clusterDir();
    const orphaned = await startEmbeddedDb({ dataDir }); // deliberately never stopped: its owner "died"
    await query(orphaned.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('committed')");
    const orphanPid = postmasterPid(dataDir);

    const next = await start(dataDir);
    expect(postmasterPid(dataDir)).not.toBe(orphanPid);
    expect(() => process.kill(orphanPid, 0)).toThrow();
    expect(await query(next.url, "SELECT value FROM kept")).toEqual([{ value: "committed" }]);
  });

  it("recovers from a crash that left a lock file naming a pid now used by another program", async () => {
    const dataDir = clusterDir();
    const first = await start(dataDir);
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survived')");
    const lock = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
    await first.stop();

    // A sleeping unrelated process plays the part of whatever reused the dead postmaster's pid.
    const unrelated = spawn("sleep", ["30"]);
    try {
      const lines = lock.split("\n");
      lines[0] = String(unrelated.pid);
      writeFileSync(path.join(dataDir, "postmaster.pid"), lines.join("\n"));

      const second = await start(dataDir);
      expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "survived" }]);
      expect(unrelated.exitCode).toBeNull(); // the unrelated process was left alone
    } finally {
      unrelated.kill();
    }
  });

  it("starts over when a first initialisation was interrupted half-way", async () => {
    const dataDir = clusterDir();
    mkdirSync(`${dataDir}.initialising`, { recursive: true });
    writeFileSync(path.join(`${dataDir}.initialising`, "PG_VERSION"), "broken");

    const db = await start(dataDir);
    expect(await query(db.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    expect(existsSync(`${dataDir}.initialising`)).toBe(false);
  });

  it("deletes an ephemeral cluster when it stops", async () => {
    const dataDir = clusterDir();
    const db = await startEmbeddedDb({ dataDir, ephemeral: true });
    await db.stop();
    expect(existsSync(dataDir)).toBe(false);
  });

  // A fresh container or VM that clones into /root: as root the server runs as "postgres", which
  // cannot enter a 0700 folder holding both node_modules (the binaries) and .data (the cluster).
  it.runIf(userInfo().uid === 0)("starts as root from a folder the postgres user cannot enter, and keeps its data", async () => {
    const closed = mkdtempSync(path.join(tmpdir(), "mpem-closed-"));
    chmodSync(closed, 0o700);
    const shared = makeScratchDir("mpem-shared-runtime-");
    scratchDirs.push(closed, shared);
    const binariesDir = path.join(closed, "app", "node_modules", "native");
    cpSync((await packagedBinaries()).dir, binariesDir, { recursive: true, verbatimSymlinks: true });
    const dataDir = path.join(closed, "app", ".data", "postgres");
    const said: string[] = [];
    const options = { dataDir, binaries: binariesIn(binariesDir), sharedRuntimeDir: shared, log: (line: string) => said.push(line) };

    const first = await startEmbeddedDb(options);
    running.push(first);
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('from a closed folder')");
    expect(first.dataDir.startsWith(shared)).toBe(true);
    expect(said.join("\n")).toContain(`the database is kept in ${first.dataDir}`);
    await first.stop();

    const second = await startEmbeddedDb(options);
    running.push(second);
    expect(second.dataDir).toBe(first.dataDir);
    expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "from a closed folder" }]);
  });
});
