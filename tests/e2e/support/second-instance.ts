import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { createServer } from "node:net";

import { e2eDatabaseUrl } from "./e2e-database";

// A second app instance on the e2e server's PostgreSQL, as a load balancer would run beside the
// first: plain `next start` (Next.js's default compression on), the same database and AUTH_SECRET.
// MPEM_E2E_SECOND_PORT picks its port (parallel runs on one machine keep to their own ranges).

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type Instance = { url: string; stop: () => Promise<void> };

export async function startSecondInstance(): Promise<Instance> {
  const root = process.cwd(); // Playwright runs from the project root
  const port = Number(process.env.MPEM_E2E_SECOND_PORT ?? (await findFreePort()));
  const firstPort = Number(process.env.E2E_PORT ?? 3107);
  const authSecret = readFileSync(path.join(tmpdir(), `mpem-e2e-${firstPort}`, "auth-secret"), "utf8").trim();
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: e2eDatabaseUrl(), AUTH_SECRET: authSecret, APP_URL: url, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let attempt = 0; ; attempt += 1) {
    if ((await fetch(`${url}/api/health`).catch(() => null))?.ok) break;
    if (attempt > 300 || child.exitCode !== null) throw new Error(`the second instance did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
  };
}
