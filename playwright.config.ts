import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import { chromiumArgs } from "./scripts/lib/chromium.mjs";

// The npm-shipped Chromium by default (scripts/lib/chromium.mjs says how to override it). Resolved
// once by a child process, because unpacking it is async and this file is read synchronously; the
// answer is kept in the environment so that Playwright's worker processes reuse it.
const resolvedKey = "MPEM_E2E_CHROMIUM";
process.env[resolvedKey] ??= execFileSync(process.execPath, ["scripts/chromium-path.mjs"], { encoding: "utf8" });
const executablePath = process.env[resolvedKey] || undefined;

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: chromiumArgs,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    // The real launcher, on a throwaway embedded PostgreSQL that is deleted when the run ends.
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts --ephemeral",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    env: {
      PORT: String(port),
      MPEM_DATA_DIR: path.join(tmpdir(), `mpem-e2e-${port}`),
      DATABASE_URL: "",
      SIGN_UP_LIMIT_PER_HOUR: "500",
    },
  },
});
