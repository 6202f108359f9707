import "server-only";

import { getDb } from "@/server/db";

export type HealthReport = { status: "ok" | "unavailable"; database: "ok" | "unreachable" };

/** Liveness plus a round trip to PostgreSQL, for load balancers and the start-up tests. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "unavailable", database: "unreachable" };
  }
}
