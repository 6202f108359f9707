// `npm run bench`: drives the built app on a throwaway embedded PostgreSQL and prints figures.
// Every figure is paired with a baseline measured in the same run on the same machine (these
// machines are noisy; ratios travel, absolute numbers do not).
//
//  1. Answer saves: 200 participants × 22 saves (11 dimensions, today then needed), plus 10%
//     duplicate and out-of-order retries, at 32 concurrent connections; then a bare Next.js route
//     doing one INSERT, same request count and concurrency. Checks exactly one row per
//     (participant, dimension), holding the newest edit of that participant's device (its values,
//     its device revision) and counting no more applied writes than there were distinct edits.
//  2. Results page server time for that round of 200 participants.
//  3. First-load JavaScript of the questionnaire page against a bare App Router page.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

import pg from "pg";

import { mpem } from "../src/domain/frameworks/mpem";
import { hashPassword } from "../src/lib/password-hashing";
import { findFreePort, makeScratchDir } from "../scripts/lib/embedded-db";

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const RETRY_SHARE = 0.1;
const RESULTS_SAMPLES = 40;
const root = path.resolve(import.meta.dirname, "..");

type Job = { url: string; body: string };
type RunFigures = { requests: number; seconds: number; throughput: number; p50: number; p95: number; errors: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function drive(jobs: Job[], concurrency: number): Promise<RunFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const sent = performance.now();
        try {
          const response = await fetch(job.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: job.body });
          await response.arrayBuffer();
          if (!response.ok) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: jobs.length, seconds, throughput: jobs.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors };
}

function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

type Expected = { deviceId: string; deviceRevision: number; current: number; target: number };

/** Each participant's 22 saves in order, from one device, with 10% of them re-sent later (duplicates that arrive out of order). */
function answerJobs(base: string, tokens: string[]): { jobs: Job[]; expected: Map<string, Expected> } {
  const expected = new Map<string, Expected>();
  const perParticipant = tokens.map((token, participantIndex) => {
    const saves: Job[] = [];
    const deviceId = `bench-device-${String(participantIndex).padStart(6, "0")}`;
    let revision = 0;
    mpem.dimensions.forEach((dimension, dimensionIndex) => {
      const current = ((participantIndex + dimensionIndex) % 5) + 1;
      const target = Math.min(5, current + 1);
      for (const withTarget of [false, true]) {
        revision += 1;
        saves.push({
          url: `${base}/api/r/${token}/answers`,
          body: JSON.stringify({
            dimensionId: dimension.id,
            currentLevel: current,
            currentDontKnow: false,
            targetLevel: withTarget ? target : null,
            targetDontKnow: false,
            comment: "",
            evidenceUrl: "",
            deviceId,
            deviceRevision: revision + dimensionIndex * 100,
          }),
        });
      }
      expected.set(`${token}|${dimension.id}`, { deviceId, deviceRevision: revision + dimensionIndex * 100, current, target });
    });
    const retries = Array.from({ length: Math.round(saves.length * RETRY_SHARE) }, () => saves[Math.floor(Math.random() * saves.length)]!);
    return [...saves, ...retries];
  });
  // Interleave participants as 200 people typing at once would; each one's own saves stay roughly
  // in order, and the retries land after newer saves.
  const jobs: Job[] = [];
  const cursors = perParticipant.map(() => 0);
  let remaining = perParticipant.reduce((sum, list) => sum + list.length, 0);
  while (remaining > 0) {
    for (const participant of shuffle(perParticipant.map((_, index) => index))) {
      const list = perParticipant[participant]!;
      if (cursors[participant]! < list.length) {
        jobs.push(list[cursors[participant]!++]!);
        remaining -= 1;
      }
    }
  }
  return { jobs, expected };
}

async function scriptBytes(base: string, pathname: string, cookie?: string): Promise<{ raw: number; gzip: number; files: number }> {
  const html = await (await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {} })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { raw, gzip, files: sources.length };
}

async function main() {
  const dataDir = makeScratchDir("mpem-bench-");
  const port = await findFreePort();
  const base = `http://localhost:${port}`; // the app's own origin (APP_URL), which sign-up checks
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--ephemeral", "--no-seed"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), MPEM_DATA_DIR: dataDir, DATABASE_URL: "", MPEM_BENCH_ROUTES: "1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const { url } = JSON.parse(readFileSync(path.join(dataDir, "embedded-db.json"), "utf8")) as { url: string };
    const db = new pg.Client({ connectionString: url });
    db.on("error", () => {}); // the server stopping at the end is not an error of the benchmark
    await db.connect();

    // A workspace, an organization, an open round and 200 participants with known links.
    const workspaceId = randomUUID();
    const organizationId = randomUUID();
    const roundId = randomUUID();
    await db.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Bench', $2, now())`, [workspaceId, `bench-${workspaceId.slice(0, 8)}`]);
    await db.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, 'Bench Co', now())`, [organizationId, workspaceId]);
    await db.query(
      `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, groups, "updatedAt")
       VALUES ($1, $2, 'Bench round', $3, $4, $5, $6, 'OPEN', ARRAY['Marketing','IT','Leadership'], now())`,
      [roundId, organizationId, mpem.id, mpem.version, mpem.levels.length, mpem.dimensions.map((dimension) => dimension.id)],
    );
    const tokens = Array.from({ length: PARTICIPANTS }, () => randomBytes(32).toString("base64url"));
    for (const [index, token] of tokens.entries()) {
      await db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", "group", "tokenHash") VALUES ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        roundId,
        `Participant ${index + 1}`,
        ["Marketing", "IT", "Leadership"][index % 3],
        createHash("sha256").update(token).digest("hex"),
      ]);
    }
    await db.query(`CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL)`);

    const { jobs, expected } = answerJobs(base, tokens);
    await drive(jobs.slice(0, 200).map((job) => ({ url: `${base}/api/bench/insert`, body: job.body })), CONCURRENCY); // warm-up
    const saves = await drive(jobs, CONCURRENCY);
    const bare = await drive(jobs.map((job) => ({ url: `${base}/api/bench/insert`, body: job.body })), CONCURRENCY);

    const rows = await db.query<{ token_ok: number; total: string; wrong: string }>(
      `SELECT count(*) AS total FROM "Response" WHERE "roundId" = $1`,
      [roundId],
    );
    const stored = await db.query<{ tokenHash: string; dimensionId: string; revision: number; deviceRevisions: Record<string, number>; currentLevel: number; targetLevel: number }>(
      `SELECT p."tokenHash", r."dimensionId", r.revision, r."deviceRevisions", r."currentLevel", r."targetLevel" FROM "Response" r JOIN "Participant" p ON p.id = r."participantId" WHERE r."roundId" = $1`,
      [roundId],
    );
    const hashToToken = new Map(tokens.map((token) => [createHash("sha256").update(token).digest("hex"), token]));
    const wrong = stored.rows.filter((row) => {
      const want = expected.get(`${hashToToken.get(row.tokenHash)}|${row.dimensionId}`);
      // The device's newest edit, its values, and at most one applied write per distinct edit (retries applied nothing).
      return (
        !want ||
        row.deviceRevisions[want.deviceId] !== want.deviceRevision ||
        Object.keys(row.deviceRevisions).length !== 1 ||
        want.current !== row.currentLevel ||
        want.target !== row.targetLevel ||
        row.revision < 1 ||
        row.revision > 2
      );
    }).length;

    // Results page, as a signed-in consultant of the workspace. The account is written to the
    // database with a real argon2id hash (better-auth's HTTP sign-up is closed), then signs in.
    const email = `bench-${randomUUID().slice(0, 8)}@example.test`;
    const password = "bench passphrase for results";
    const userId = randomUUID();
    await db.query(`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") VALUES ($1, 'Bench', $2, false, now())`, [userId, email]);
    await db.query(`INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`, [
      randomUUID(),
      userId,
      await hashPassword(password),
    ]);
    await db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") VALUES ($1, $2, $3, 'CONSULTANT', now())`, [randomUUID(), userId, workspaceId]);
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", origin: base },
      body: JSON.stringify({ email, password }),
    });
    if (!signIn.ok) throw new Error(`sign-in for the results check failed: ${signIn.status} ${await signIn.text()}`);
    const cookie = (signIn.headers.getSetCookie?.() ?? []).map((value) => value.split(";")[0]).join("; ");
    const resultsPath = `/w/bench-${workspaceId.slice(0, 8)}/rounds/${roundId}/results`;
    const resultTimes: number[] = [];
    for (let sample = 0; sample < RESULTS_SAMPLES + 5; sample += 1) {
      const started = performance.now();
      const response = await fetch(`${base}${resultsPath}`, { headers: { cookie } });
      await response.text();
      if (!response.ok) throw new Error(`results page answered ${response.status}`);
      if (sample >= 5) resultTimes.push(performance.now() - started); // the first few warm caches
    }
    resultTimes.sort((a, b) => a - b);
    const bareTimes: number[] = [];
    for (let sample = 0; sample < RESULTS_SAMPLES; sample += 1) {
      const started = performance.now();
      await (await fetch(`${base}/bench/bare`)).text();
      bareTimes.push(performance.now() - started);
    }
    bareTimes.sort((a, b) => a - b);

    const questionnaireJs = await scriptBytes(base, `/r/${tokens[0]}`);
    const bareJs = await scriptBytes(base, "/bench/bare");
    await db.end();

    const fmt = (value: number) => value.toFixed(1);
    console.log("\n== Answer saves (POST /api/r/:token/answers) vs bare route (one INSERT), same run ==");
    console.log(`participants ${PARTICIPANTS}, concurrency ${CONCURRENCY}, requests ${saves.requests} (incl. ${jobs.length - PARTICIPANTS * 22} duplicate/out-of-order retries)`);
    console.log(`save endpoint: ${fmt(saves.throughput)} req/s, p50 ${fmt(saves.p50)} ms, p95 ${fmt(saves.p95)} ms, errors ${saves.errors}`);
    console.log(`bare route:    ${fmt(bare.throughput)} req/s, p50 ${fmt(bare.p50)} ms, p95 ${fmt(bare.p95)} ms, errors ${bare.errors}`);
    console.log(`throughput ratio (save / bare): ${(saves.throughput / bare.throughput).toFixed(2)}  (goal >= 0.50)`);
    console.log(`p95 of saves: ${fmt(saves.p95)} ms  (goal <= 100 ms)`);
    console.log(`rows: ${rows.rows[0]?.total} stored, ${PARTICIPANTS * mpem.dimensions.length} expected, ${wrong} not holding their device's newest edit  (goal: equal, 0)`);
    console.log("\n== Results page server time, round of", PARTICIPANTS, "participants ==");
    console.log(`results page: p50 ${fmt(percentile(resultTimes, 50))} ms, p95 ${fmt(percentile(resultTimes, 95))} ms  (goal p95 <= 300 ms)`);
    console.log(`bare page:    p50 ${fmt(percentile(bareTimes, 50))} ms, p95 ${fmt(percentile(bareTimes, 95))} ms`);
    console.log("\n== First-load JavaScript (scripts the HTML loads, gzip) ==");
    console.log(`questionnaire: ${(questionnaireJs.gzip / 1024).toFixed(1)} KiB gzip (${(questionnaireJs.raw / 1024).toFixed(1)} KiB raw, ${questionnaireJs.files} files)`);
    console.log(`bare page:     ${(bareJs.gzip / 1024).toFixed(1)} KiB gzip (${(bareJs.raw / 1024).toFixed(1)} KiB raw, ${bareJs.files} files)`);
    console.log(`ratio (questionnaire / bare, gzip): ${(questionnaireJs.gzip / bareJs.gzip).toFixed(2)}  (goal <= 1.30)`);
    const failed = saves.errors > 0 || Number(rows.rows[0]?.total) !== PARTICIPANTS * mpem.dimensions.length || wrong > 0;
    process.exitCode = failed ? 1 : 0;
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
