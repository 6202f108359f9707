// Seeds demo data on a newcomer's first start (run by `npm start`; also `npm run db:seed`). The
// launcher passes --embedded when the database is its own embedded one; any other database is
// treated as possibly real and seeded only with MPEM_DEMO_DATA=1 (see prisma/demo/demo-data.ts).
import { parseEnv, seedEnvSchema } from "../src/env";
import { createDbClient } from "./demo/db-client";
import { seedDemoData } from "./demo/demo-data";

async function main() {
  const env = parseEnv(seedEnvSchema, process.env);
  const db = createDbClient(env.DATABASE_URL);
  try {
    const outcome = await seedDemoData(db, {
      isProduction: env.NODE_ENV === "production",
      database: process.argv.includes("--embedded") ? "embedded" : "external",
      demoData: env.MPEM_DEMO_DATA,
    });
    console.log(`[mpem] Demo data ${outcome.seeded ? "seeded" : "not seeded"}: ${outcome.reason}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("[mpem] Seeding failed:", error);
  process.exit(1);
});
