// Seeds demo data on a newcomer's first start (run by `npm start`; also `npm run db:seed`).
import { createDbClient } from "../tests/factories/db-client";
import { seedDemoData } from "../tests/factories/demo-data";
import { parseEnv, serverEnvSchema } from "../src/env";

async function main() {
  const env = parseEnv(serverEnvSchema, process.env);
  const db = createDbClient(env.DATABASE_URL);
  try {
    const outcome = await seedDemoData(db, { isProduction: env.NODE_ENV === "production" });
    console.log(`[mpem] Demo data ${outcome.seeded ? "seeded" : "not seeded"}: ${outcome.reason}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("[mpem] Seeding failed:", error);
  process.exit(1);
});
