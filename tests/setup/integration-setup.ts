import { beforeAll, inject } from "vitest";

import { resetDatabase } from "../support/reset-database";

// Set before any test imports the db module, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
process.env.APP_URL ??= "http://localhost:3000";
// The background worker logs every delivered e-mail at info; tests keep warnings and errors.
process.env.LOG_LEVEL ??= "warn";

beforeAll(async () => {
  await resetDatabase(inject("databaseUrl"));
});
