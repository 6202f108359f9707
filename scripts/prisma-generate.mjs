// Runs `prisma generate` after every install. The Prisma CLI silently falls back to a native
// engine download (impossible offline) when DATABASE_URL is unset, so a placeholder is given;
// generate never connects to it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const env = { ...process.env };
env.DATABASE_URL ??= "postgresql://placeholder:placeholder@localhost:5432/placeholder";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
