// `npm start` (and `npm run dev` with --dev): one command that brings up everything the app needs.
// Without DATABASE_URL it runs an embedded PostgreSQL whose data lives in MPEM_DATA_DIR (default
// .data/) and survives restarts; with DATABASE_URL it uses that server and starts none. Then it
// applies migrations, seeds demo data into an empty embedded development database, builds if the build is
// stale, and serves. Ctrl-C (or SIGTERM) stops the app and the embedded database cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { EnvError, getLauncherEnv } from "../src/env";
import { isBuildStale } from "./lib/build-freshness";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { migrateDeploy } from "./lib/migrate";

const root = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const isDev = args.has("--dev");
const isEphemeral = args.has("--ephemeral");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

/** Inside the project: relative, as the README names it; elsewhere: absolute. */
function displayPath(target: string): string {
  const relative = path.relative(root, target);
  return relative && !relative.startsWith("..") ? relative : target;
}

function say(line: string) {
  console.log(`[mpem] ${line}`);
}

function readEnv() {
  try {
    return getLauncherEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`[mpem] Cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...commandArgs], { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${commandArgs[0]} exited with ${code}`))));
  });
}

const env = readEnv();
const dataDir = path.resolve(root, env.MPEM_DATA_DIR);
const stateFile = path.join(dataDir, "embedded-db.json");
let db: EmbeddedDb | undefined;
let server: ChildProcess | undefined;
let shuttingDown = false;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  if (db) {
    say("Stopping the embedded PostgreSQL…");
    await db.stop();
    rmSync(stateFile, { force: true });
  }
  process.exit(code);
}

/**
 * Sessions are signed with AUTH_SECRET. Production must provide one; elsewhere one is generated on
 * first start and kept beside the data, so sessions survive restarts.
 */
function developmentAuthSecret(): string {
  if (env.NODE_ENV === "production") {
    console.error("[mpem] Cannot start. AUTH_SECRET is required in production (for example: openssl rand -base64 32).");
    process.exit(1);
  }
  const secretFile = path.join(dataDir, "auth-secret");
  if (!existsSync(secretFile)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(secretFile, "utf8").trim();
}

async function main() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));

  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    say("Using the PostgreSQL server in DATABASE_URL.");
  } else {
    const startedAt = performance.now();
    db = await startEmbeddedDb({ dataDir: path.join(dataDir, "postgres"), ephemeral: isEphemeral, log: say });
    databaseUrl = db.url;
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(stateFile, `${JSON.stringify({ url: db.url, launcherPid: process.pid }, null, 2)}\n`);
    say(`Embedded PostgreSQL ready on port ${db.port} in ${Math.round(performance.now() - startedAt)} ms (data in ${displayPath(db.dataDir)}).`);
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: env.AUTH_SECRET ?? developmentAuthSecret(),
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  await migrateDeploy(databaseUrl, { quiet: true });
  say("Migrations applied.");
  if (!args.has("--no-seed")) {
    // Only the embedded database is known to be a throwaway one; the seed treats any other as real.
    await run(path.join(root, "node_modules/tsx/dist/cli.mjs"), ["prisma/seed.ts", ...(db ? ["--embedded"] : [])], childEnv);
  }

  if (!isDev && !args.has("--no-build") && isBuildStale(root)) {
    say("Building the app (only when the sources changed since the last build)…");
    await run(nextBin, ["build"], { ...childEnv, NODE_ENV: "production" });
  }

  const preload = path.join(root, "scripts/lib/exit-with-parent.cjs");
  // Next.js runs inside our own small server (scripts/server.ts), which alone sees the socket and so
  // can tell the app the client's real address.
  const serverArgs = ["--import", "tsx", path.join(root, "scripts/server.ts"), ...(isDev ? ["--dev"] : [])];
  server = spawn(process.execPath, serverArgs, {
    cwd: root,
    env: {
      ...childEnv,
      PORT: String(env.PORT),
      NODE_ENV: isDev ? "development" : "production",
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${preload}`].filter(Boolean).join(" "),
    },
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  server.on("exit", (code) => {
    if (!shuttingDown) {
      console.error(`[mpem] The app server stopped unexpectedly (exit ${code}).`);
      void shutdown(code ?? 1);
    }
  });
  say(`MPEM Assessment is starting at http://localhost:${env.PORT} (Ctrl-C stops it).`);
}

main().catch(async (error) => {
  console.error(`[mpem] Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
