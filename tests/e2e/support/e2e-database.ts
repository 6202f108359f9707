import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

// The e2e server's throwaway database (see playwright.config.ts), for fixtures that set up state
// faster than clicking, and for checking that a refused action changed nothing.
export function e2eDatabaseUrl(): string {
  const port = Number(process.env.E2E_PORT ?? 3107);
  const state = JSON.parse(readFileSync(path.join(tmpdir(), `mpem-e2e-${port}`, "embedded-db.json"), "utf8")) as { url: string };
  return state.url;
}

export async function withE2eDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
