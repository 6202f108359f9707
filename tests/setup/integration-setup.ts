import { beforeAll, inject } from "vitest";

import { resetDatabase } from "../support/reset-database";

// Set before any test imports the db module, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = inject("databaseUrl");

beforeAll(async () => {
  await resetDatabase(inject("databaseUrl"));
});
