import "server-only";

import { getServerEnv } from "@/env";
import { getDb } from "@/server/db";

// Baselines for bench/: the cheapest possible write and page on this same stack, so the benchmark
// can report our endpoints as ratios measured in the same run. Off unless MPEM_BENCH_ROUTES=1.

export function areBenchRoutesEnabled(): boolean {
  return getServerEnv().MPEM_BENCH_ROUTES === "1";
}

export async function insertBenchRow(payload: string): Promise<void> {
  await getDb().$executeRaw`INSERT INTO bench_insert (payload) VALUES (${payload})`;
}
