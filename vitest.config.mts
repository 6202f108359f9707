import path from "node:path";

import { defineConfig } from "vitest/config";

import "./tests/support/node20-polyfills.mjs";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@/": `${path.join(root, "src")}/`,
      "@tests/": `${path.join(root, "tests")}/`,
      "server-only": path.join(root, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.integration.test.ts", "tests/integration/**/*.test.ts", "scripts/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global-setup.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/integration-setup.ts"],
          // Files share one database and each starts from an empty one, so they run one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
