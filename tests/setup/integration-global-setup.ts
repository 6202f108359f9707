import { rmSync } from "node:fs";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { makeScratchDir, startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrateDeploy } from "../../scripts/lib/migrate";

declare module "vitest" {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One throwaway PostgreSQL for the whole integration run, migrated exactly as production is. */
export default async function setup(project: TestProject) {
  const scratch = makeScratchDir("mpem-integration-");
  const db = await startEmbeddedDb({ dataDir: path.join(scratch, "pg"), ephemeral: true });
  try {
    await migrateDeploy(db.url, { quiet: true });
  } catch (error) {
    await db.stop();
    throw error;
  }
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
}
