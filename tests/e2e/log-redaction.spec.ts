import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { findFreePort, makeScratchDir, startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";

// Participant and invite links are secrets. When a request to one fails, the server's log (what an
// operator ships to a log service) must not contain the token. The database is taken away under a
// running app so that the pages fail for real; no browser is needed.
test.setTimeout(180_000);

test("a failing participant or invite request is logged without its token", async () => {
  const scratch = makeScratchDir("mpem-log-redaction-");
  let db: EmbeddedDb | undefined = await startEmbeddedDb({ dataDir: path.join(scratch, "pg"), ephemeral: true });
  const port = await findFreePort();
  const launcher = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build", "--no-seed"], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), MPEM_DATA_DIR: path.join(scratch, "data"), NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  launcher.stdout.on("data", (chunk) => (output += chunk));
  launcher.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => launcher.on("exit", resolve));
  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, { timeout: 90_000 })
      .toBe(200);
    await db.stop();
    db = undefined;

    const token = randomBytes(32).toString("base64url");
    const base = `http://127.0.0.1:${port}`;
    const statuses = [(await fetch(`${base}/r/${token}`)).status, (await fetch(`${base}/invite/${token}`)).status];
    // The save endpoint too (whatever it answers to this body, nothing it logs may hold the token).
    await fetch(`${base}/api/r/${token}/answers`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(statuses.every((status) => status >= 500), `statuses ${statuses.join(", ")}`).toBe(true);
    await expect.poll(() => output.match(/"request failed"/g)?.length ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);

    expect(output).toContain('"path":"/r/[redacted]"');
    expect(output).toContain('"path":"/invite/[redacted]"');
    expect(output, "the log holds a participant or invite token").not.toContain(token);
  } finally {
    launcher.kill("SIGTERM");
    await exited;
    await db?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
});
