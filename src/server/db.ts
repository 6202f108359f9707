import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { getServerEnv } from "@/env";
import { PrismaClient } from "@/generated/prisma/client";

// One client per process. In development, hot reloads re-evaluate modules, so the instance is
// parked on globalThis to avoid opening a new pool on every edit.
const globalForDb = globalThis as unknown as { mpemDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: getServerEnv().DATABASE_URL });
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  globalForDb.mpemDb ??= createClient();
  return globalForDb.mpemDb;
}
