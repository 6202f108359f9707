// `npm run bench:mail`: 1,000 participant invitations through the built app to a local SMTP server.
// Prints the time to queue them (one request, as the round page's "Send links" makes), the delivery
// rate, and the answer-save p95 while they deliver as a ratio of the p95 without, measured in the
// same run. Own PostgreSQL, own app (the real launcher), own SMTP server (tests/support).
import { spawn } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";

import pg from "pg";

import { mpem } from "../src/domain/frameworks/mpem";
import { hashPassword } from "../src/lib/password-hashing";
import { findFreePort, makeScratchDir, startEmbeddedDb } from "../scripts/lib/embedded-db";
import { startTestSmtpServer } from "../tests/support/test-smtp-server";

const INVITATIONS = Number(process.env.BENCH_INVITATIONS ?? 1000);
const SAVERS = Number(process.env.BENCH_SAVERS ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const root = path.resolve(import.meta.dirname, "..");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

type Job = { url: string; body: string };

/**
 * Every saver's 22 saves (11 dimensions, today then needed) from a device of this pass, taken in
 * turns across savers, as people typing at once send them: one person's device has one save in
 * flight at a time.
 */
function saveJobs(base: string, tokens: string[], pass: number): Job[] {
  const perSaver = tokens.map((token, index) =>
    mpem.dimensions.flatMap((dimension, dimensionIndex) =>
      [false, true].map((withTarget) => ({
        url: `${base}/api/r/${token}/answers`,
        body: JSON.stringify({
          dimensionId: dimension.id,
          currentLevel: ((index + dimensionIndex + pass) % 5) + 1,
          currentDontKnow: false,
          targetLevel: withTarget ? 5 : null,
          targetDontKnow: false,
          comment: "",
          evidenceUrl: "",
          deviceId: `bench-mail-device-${pass}-${String(index).padStart(6, "0")}`,
          deviceRevision: dimensionIndex * 2 + (withTarget ? 2 : 1),
        }),
      })),
    ),
  );
  return perSaver[0]!.flatMap((_, step) => perSaver.map((saves) => saves[step]!));
}

/** Runs the saves at CONCURRENCY; returns each latency (ms) and the number that failed. */
const failures = new Map<string, number>();

async function drive(jobs: Job[]): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const started = performance.now();
        const response = await fetch(job.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: job.body }).catch(() => null);
        await response?.arrayBuffer();
        if (!response?.ok) {
          errors += 1;
          const what = String(response?.status ?? "no answer");
          failures.set(what, (failures.get(what) ?? 0) + 1);
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { latencies, errors };
}

async function seed(db: pg.Client) {
  const [userId, workspaceId, organizationId, mailRoundId, saveRoundId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const slug = `bench-mail-${workspaceId.slice(0, 8)}`;
  const email = `bench-${userId.slice(0, 8)}@example.test`;
  const password = "bench passphrase for mail";
  await db.query(`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") VALUES ($1, 'Bench Consultant', $2, false, now())`, [userId, email]);
  await db.query(`INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`, [randomUUID(), userId, await hashPassword(password)]);
  await db.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Bench Consulting', $2, now())`, [workspaceId, slug]);
  await db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") VALUES ($1, $2, $3, 'CONSULTANT', now())`, [randomUUID(), userId, workspaceId]);
  await db.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, 'Bench Co', now())`, [organizationId, workspaceId]);
  for (const [roundId, name] of [[mailRoundId, "Invitations"], [saveRoundId, "Answers"]]) {
    await db.query(`INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, "closesOn", "updatedAt") VALUES ($1, $2, $3, 'mpem', '1.0', $4, $5, 'OPEN', '2030-12-31', now())`,
      [roundId, organizationId, name, mpem.levels.length, mpem.dimensions.map((dimension) => dimension.id)],
    );
  }
  await db.query(
    `INSERT INTO "Participant" (id, "roundId", "displayName", email, "tokenHash")
     SELECT gen_random_uuid()::text, $1, 'Invitee ' || n, 'invitee-' || n || '@example.test', md5(random()::text) || md5(n::text) FROM generate_series(1, $2) AS n`,
    [mailRoundId, INVITATIONS],
  );
  const tokens = Array.from({ length: SAVERS }, () => randomBytes(32).toString("base64url"));
  for (const [index, token] of tokens.entries()) {
    await db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", "tokenHash") VALUES ($1, $2, $3, $4)`, [randomUUID(), saveRoundId, `Saver ${index + 1}`, createHash("sha256").update(token).digest("hex")]);
  }
  return { slug, email, password, mailRoundId, tokens };
}

async function main() {
  const scratch = makeScratchDir("mpem-bench-mail-");
  const database = await startEmbeddedDb({ dataDir: path.join(scratch, "pg"), ephemeral: true });
  const smtp = await startTestSmtpServer();
  const port = await findFreePort();
  const base = `http://localhost:${port}`;
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build", "--no-seed"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), APP_URL: base, DATABASE_URL: database.url, MPEM_DATA_DIR: path.join(scratch, "app"), SMTP_URL: smtp.url, MPEM_BENCH_ROUTES: "1", MAIL_HOURLY_LIMIT: String(INVITATIONS * 2), LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const db = new pg.Client({ connectionString: database.url });
  db.on("error", () => {});
  try {
    for (let attempt = 0; ; attempt += 1) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      if (attempt > 600) throw new Error("the app did not start");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await db.connect();
    const { slug, email, password, mailRoundId, tokens } = await seed(db);
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "Content-Type": "application/json", origin: base }, body: JSON.stringify({ email, password }) });
    if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
    const cookie = (signIn.headers.getSetCookie?.() ?? []).map((value) => value.split(";")[0]).join("; ");

    await drive(saveJobs(base, tokens, 0).slice(0, 300)); // warm-up
    const quiet = await drive(saveJobs(base, tokens, 1));

    // One request queues every invitation; saves keep coming while they are delivered.
    const queueStarted = performance.now();
    const response = await fetch(`${base}/api/bench/mail/${slug}/${mailRoundId}`, { method: "POST", headers: { cookie, origin: base } });
    const queueMs = performance.now() - queueStarted;
    const outcome = (await response.json()) as { queued?: number };
    if (!response.ok || outcome.queued !== INVITATIONS) throw new Error(`queuing answered ${response.status}: ${JSON.stringify(outcome)}`);
    const deliveryStarted = performance.now();
    let delivered = false;
    const arrived = smtp.waitFor(INVITATIONS, 600_000).then(() => {
      delivered = true;
      return performance.now() - deliveryStarted;
    });
    const busy: number[] = [];
    let busyErrors = 0;
    for (let pass = 2; !delivered && pass < 200; pass += 1) {
      const run = await drive(saveJobs(base, tokens, pass));
      busy.push(...run.latencies);
      busyErrors += run.errors;
    }
    const deliveryMs = await arrived;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const distinct = new Set(smtp.received.map((mail) => mail.to)).size;
    const { rows } = await db.query<{ sent: string }>(`SELECT count(*) AS sent FROM "MailMessage" WHERE status = 'SENT'`);

    quiet.latencies.sort((a, b) => a - b);
    busy.sort((a, b) => a - b);
    const quietP95 = percentile(quiet.latencies, 95);
    const busyP95 = percentile(busy, 95);
    const rate = INVITATIONS / (deliveryMs / 1000);
    console.log(`\n== ${INVITATIONS} invitations to a local SMTP server; answer saves at ${CONCURRENCY} connections ==`);
    console.log(`time to queue ${INVITATIONS} invitations (one request): ${queueMs.toFixed(0)} ms  (goal <= 5000 ms)`);
    console.log(`delivery rate: ${rate.toFixed(1)} messages/s (${(deliveryMs / 1000).toFixed(1)} s for ${INVITATIONS})  (goal >= 20 messages/s)`);
    console.log(`answer-save p95 while delivering: ${busyP95.toFixed(1)} ms over ${busy.length} saves; without: ${quietP95.toFixed(1)} ms over ${quiet.latencies.length} saves`);
    console.log(`answer-save p95 ratio (while delivering / without): ${(busyP95 / quietP95).toFixed(2)}  (goal <= 1.50)`);
    console.log(`delivered: ${smtp.received.length} messages to ${distinct} addresses, ${rows[0]?.sent} rows SENT  (goal: ${INVITATIONS}, ${INVITATIONS}, ${INVITATIONS})`);
    console.log(`save errors: ${quiet.errors + busyErrors}${failures.size > 0 ? ` (${[...failures].map(([status, count]) => `${count} × ${status}`).join(", ")})` : ""}  (goal 0)`);
    const failed = smtp.received.length !== INVITATIONS || distinct !== INVITATIONS || Number(rows[0]?.sent) !== INVITATIONS || quiet.errors + busyErrors > 0;
    process.exitCode = failed ? 1 : 0;
  } finally {
    await db.end().catch(() => {});
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    await smtp.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
