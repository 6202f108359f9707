import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient, type Prisma } from "../../src/generated/prisma/client";

/** A Prisma client for scripts and tests, which run outside Next.js (no `server-only`). */
export function createDbClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

/** Factories accept a client or a transaction, so a seed can be written atomically. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
