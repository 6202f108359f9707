import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download cannot work on these machines. Elsewhere,
// PLAYWRIGHT_CHROMIUM_PATH can point at any Chromium or Chrome (or be set to "bundled" to use a
// browser installed with `npx playwright install chromium`).
const configuredPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
const useBundledBrowser = configuredPath === "bundled";
if (!useBundledBrowser && !existsSync(configuredPath)) {
  throw new Error(
    [
      `End-to-end tests need Chromium, and none was found at ${configuredPath}.`,
      "  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium",
      "  Elsewhere: set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome executable,",
      "  or run `npx playwright install chromium` and set PLAYWRIGHT_CHROMIUM_PATH=bundled.",
    ].join("\n"),
  );
}

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
      executablePath: useBundledBrowser ? undefined : configuredPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
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
