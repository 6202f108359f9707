// Writes the next migration: `npm run db:migration -- <name>`.
// `prisma migrate dev` cannot run here (its introspection fails without the native engine), so the
// SQL is the diff between the committed schema (HEAD) and the working schema, computed against a
// throwaway embedded PostgreSQL because the JS schema engine needs a live database even to diff.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { makeScratchDir, startEmbeddedDb } from "./lib/embedded-db";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma/migrations");

function committedSchema(): string | undefined {
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8", stdio: "pipe" });
  } catch {
    return undefined;
  }
}

function hasMigrations(): boolean {
  try {
    return readdirSync(migrationsDir).some((entry) => /^\d{14}_/.test(entry));
  } catch {
    return false;
  }
}

async function main() {
  const name = (process.argv[2] ?? "").trim();
  if (!/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores)");
    process.exit(2);
  }
  const scratch = makeScratchDir("mpem-migration-");
  const db = await startEmbeddedDb({ dataDir: path.join(scratch, "pg"), ephemeral: true });
  try {
    const previous = hasMigrations() ? committedSchema() : undefined;
    const from = previous === undefined ? ["--from-empty"] : ["--from-schema-datamodel", path.join(scratch, "previous.prisma")];
    if (previous !== undefined) writeFileSync(path.join(scratch, "previous.prisma"), previous);
    const result = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: root, env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}`);
    const sql = result.stdout.trim();
    if (sql === "" || /^-- This is an empty migration\.?$/.test(sql)) {
      console.error("The schema has no changes against HEAD: no migration written.");
      process.exitCode = 1;
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
  } finally {
    await db.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
