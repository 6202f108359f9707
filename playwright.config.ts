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

// The test mail server (tests/support/mail-catcher.ts): an SMTP port for the app and an HTTP port
// for the tests to read what arrived. Free ports, chosen once and kept for the worker processes.
const mailPortsKey = "MPEM_E2E_MAIL_PORTS";
process.env[mailPortsKey] ??= execFileSync(process.execPath, ["tests/support/free-ports.mjs", "2"], { encoding: "utf8" });
const [smtpPort, mailReaderPort] = process.env[mailPortsKey].split(",").map(Number);
process.env.MPEM_E2E_MAIL_READER ??= `http://127.0.0.1:${mailReaderPort}`;

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
  webServer: [
    {
      // The test mail server the app sends to.
      command: "node node_modules/tsx/dist/cli.mjs tests/support/mail-catcher.ts",
      url: `http://127.0.0.1:${mailReaderPort}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      env: { MAIL_CATCHER_SMTP_PORT: String(smtpPort), MAIL_CATCHER_HTTP_PORT: String(mailReaderPort) },
    },
    {
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
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: "MPEM Assessment <assessments@mpem.example>",
      },
    },
  ],
});
