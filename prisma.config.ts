import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Prisma 6 runs migrations through its WASM schema engine over this adapter, so the CLI never
// needs the native engine (which it cannot download here). allowExitOnIdle lets the CLI exit as
// soon as its work is done instead of idling on the pool.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL must be set for Prisma CLI commands.");
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
