// `npm run bench:reports`: the report pack under load, on the built app and a throwaway embedded
// PostgreSQL. A closed round of 200 participants (every dimension answered, comments included), a
// 20-action roadmap, four KPIs and two target outcomes; then:
//
//  1. PDF and PowerPoint of that round: time per file, one at a time (the first PDF also launches
//     Chromium, reported apart).
//  2. Answer saves on another open round of 200 participants, at a steady concurrency, without a
//     report rendering and then while reports render back to back (PDF, then PowerPoint): p95 of
//     each and the ratio. Runs alternate (without, with PDF, without, with PPTX) so drift on this
//     shared machine falls on both sides.
//
// Prints one line per figure with its unit and goal, and the machine's load average, since other
// people's work shares these two cores.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";

import pg from "pg";

import { mpem } from "../src/domain/frameworks/mpem";
import { hashPassword } from "../src/lib/password-hashing";
import { findFreePort, makeScratchDir } from "../scripts/lib/embedded-db";

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 200);
const ACTIONS = 20;
const FILE_SAMPLES = Number(process.env.BENCH_FILE_SAMPLES ?? 5);
const SAVE_CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SAVES_PER_RUN = Number(process.env.BENCH_SAVES ?? 1200);
const root = path.resolve(import.meta.dirname, "..");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const fmt = (value: number) => value.toFixed(1);

async function seedRound(db: pg.Client, organizationId: string, name: string, status: "OPEN" | "CLOSED", answered: boolean): Promise<{ roundId: string; tokens: string[] }> {
  const roundId = randomUUID();
  await db.query(
    `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, groups, "updatedAt") VALUES ($1, $2, $3, 'mpem', '1.0', $5, $6, $4, ARRAY['Marketing','IT','Leadership'], now())`,
    [roundId, organizationId, name, status, mpem.levels.length, mpem.dimensions.map((dimension) => dimension.id)],
  );
  const tokens = Array.from({ length: PARTICIPANTS }, () => randomBytes(32).toString("base64url"));
  for (const [index, token] of tokens.entries()) {
    const participantId = randomUUID();
    await db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", "group", "tokenHash") VALUES ($1, $2, $3, $4, $5)`, [
      participantId,
      roundId,
      `Participant ${index + 1}`,
      ["Marketing", "IT", "Leadership"][index % 3],
      createHash("sha256").update(token).digest("hex"),
    ]);
    if (!answered) continue;
    const values = mpem.dimensions.map((dimension, dimensionIndex) => {
      const current = ((index + dimensionIndex) % 4) + 1;
      return `('${randomUUID()}', '${participantId}', '${roundId}', ${mpem.levels.length}, '${dimension.id}', ${current}, ${Math.min(5, current + 1 + (index % 2))}, ${index % 7 === 0 ? `'Comment ${index} on ${dimension.id}'` : "NULL"}, 1, now())`;
    });
    await db.query(`INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "targetLevel", comment, revision, "updatedAt") VALUES ${values.join(", ")}`);
  }
  return { roundId, tokens };
}

async function seedPlan(db: pg.Client, organizationId: string, roundId: string) {
  await db.query(`INSERT INTO "PlanOutcome" ("organizationId", "frameworkId", "outcomeId", weight, "updatedAt") VALUES ($1, 'mpem', 'sell-more', 5, now()), ($1, 'mpem', 'convert-faster', 3, now())`, [organizationId]);
  for (let index = 0; index < ACTIONS; index += 1) {
    const dimension = mpem.dimensions[index % mpem.dimensions.length]!;
    await db.query(
      `INSERT INTO "RoadmapAction" (id, "organizationId", "frameworkId", "frameworkVersion", title, "dimensionId", "targetLevel", owner, "dueQuarter", status, phase, "baselineRoundId", "updatedAt")
       VALUES ($1, $2, 'mpem', '1.0', $3, $4, 4, 'Owner', $5, 'NOT_STARTED', $6, $7, now())`,
      [randomUUID(), organizationId, `Action ${index + 1}: move ${dimension.name} up`, dimension.id, `2027-Q${(index % 4) + 1}`, ["NOW", "NEXT", "LATER"][index % 3], roundId],
    );
  }
  for (const [name, unit, direction, value] of [
    ["Conversion rate", "%", "HIGHER_IS_BETTER", 2.4],
    ["Bounce rate", "%", "LOWER_IS_BETTER", 48],
    ["Average session duration", "minutes", "HIGHER_IS_BETTER", 3.2],
    ["Click-through rate", "%", "HIGHER_IS_BETTER", 1.9],
  ] as const) {
    const kpiId = randomUUID();
    await db.query(`INSERT INTO "Kpi" (id, "organizationId", name, unit, direction, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [kpiId, organizationId, name, unit, direction]);
    await db.query(`INSERT INTO "KpiValue" ("kpiId", "roundId", value) VALUES ($1, $2, $3)`, [kpiId, roundId, value]);
  }
}

/** `count` saves spread over the participants, each a new edit (a higher device revision). */
function saveJobs(base: string, tokens: string[], count: number, revisionBase: number) {
  return Array.from({ length: count }, (_, index) => {
    const participant = index % tokens.length;
    const dimension = mpem.dimensions[Math.floor(index / tokens.length) % mpem.dimensions.length]!;
    return {
      url: `${base}/api/r/${tokens[participant]}/answers`,
      body: JSON.stringify({
        dimensionId: dimension.id,
        currentLevel: (index % 5) + 1,
        currentDontKnow: false,
        targetLevel: 5,
        targetDontKnow: false,
        comment: "",
        evidenceUrl: "",
        deviceId: `bench-device-${String(participant).padStart(6, "0")}`,
        deviceRevision: revisionBase + index,
      }),
    };
  });
}

async function driveSaves(jobs: { url: string; body: string }[]): Promise<{ p50: number; p95: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: SAVE_CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const sent = performance.now();
        const response = await fetch(job.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: job.body }).catch(() => null);
        await response?.arrayBuffer();
        if (!response?.ok) errors += 1;
        latencies.push(performance.now() - sent);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors };
}

async function fetchFile(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${Buffer.from(body).toString("utf8").slice(0, 200)}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/** Renders the file back to back until `stop` resolves; returns how many were made. */
async function renderLoop(url: string, cookie: string, stop: Promise<unknown>): Promise<number> {
  let done = false;
  void stop.then(() => (done = true));
  let count = 0;
  while (!done) {
    await fetchFile(url, cookie);
    count += 1;
  }
  return count;
}

async function main() {
  const dataDir = makeScratchDir("mpem-bench-reports-");
  const port = Number(process.env.BENCH_PORT ?? (await findFreePort()));
  const base = `http://localhost:${port}`;
  const loadBefore = loadavg();
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--ephemeral", "--no-seed"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), MPEM_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    for (let attempt = 0; attempt < 900; attempt += 1) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const { url } = JSON.parse(readFileSync(path.join(dataDir, "embedded-db.json"), "utf8")) as { url: string };
    const db = new pg.Client({ connectionString: url });
    db.on("error", () => {});
    await db.connect();

    const workspaceId = randomUUID();
    const slug = `bench-${workspaceId.slice(0, 8)}`;
    const organizationId = randomUUID();
    await db.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Bench Consulting', $2, now())`, [workspaceId, slug]);
    await db.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, 'Bench Co', now())`, [organizationId, workspaceId]);
    const closed = await seedRound(db, organizationId, "H1 2026", "CLOSED", true);
    const open = await seedRound(db, organizationId, "H2 2026", "OPEN", false);
    await seedPlan(db, organizationId, closed.roundId);

    const email = `bench-${randomUUID().slice(0, 8)}@example.test`;
    const password = "bench passphrase for reports";
    const userId = randomUUID();
    await db.query(`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") VALUES ($1, 'Bench', $2, false, now())`, [userId, email]);
    await db.query(`INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`, [randomUUID(), userId, await hashPassword(password)]);
    await db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") VALUES ($1, $2, $3, 'VIEWER', now())`, [randomUUID(), userId, workspaceId]);
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "Content-Type": "application/json", origin: base }, body: JSON.stringify({ email, password }) });
    if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
    const cookie = (signIn.headers.getSetCookie?.() ?? []).map((value) => value.split(";")[0]).join("; ");
    const fileUrl = (format: string) => `${base}/w/${slug}/rounds/${closed.roundId}/report/${format}`;

    // 1. Files, one at a time.
    const coldPdf = await fetchFile(fileUrl("pdf"), cookie);
    const times: Record<"pdf" | "pptx", number[]> = { pdf: [], pptx: [] };
    const sizes: Record<"pdf" | "pptx", number> = { pdf: 0, pptx: 0 };
    await fetchFile(fileUrl("pptx"), cookie); // warm the route
    for (let sample = 0; sample < FILE_SAMPLES; sample += 1) {
      for (const format of ["pdf", "pptx"] as const) {
        const { ms, bytes } = await fetchFile(fileUrl(format), cookie);
        times[format].push(ms);
        sizes[format] = bytes;
      }
    }
    for (const list of Object.values(times)) list.sort((a, b) => a - b);

    // 2. Saves without and while reports render, alternating.
    await driveSaves(saveJobs(base, open.tokens, 300, 1)); // warm-up
    let revision = 1_000;
    const run = async (render: "pdf" | "pptx" | null) => {
      const jobs = saveJobs(base, open.tokens, SAVES_PER_RUN, revision);
      revision += SAVES_PER_RUN + 1;
      if (!render) return { ...(await driveSaves(jobs)), rendered: 0 };
      let finish!: () => void;
      const stop = new Promise<void>((resolve) => (finish = resolve));
      const rendering = renderLoop(fileUrl(render), cookie, stop);
      const figures = await driveSaves(jobs);
      finish();
      return { ...figures, rendered: await rendering };
    };
    const without1 = await run(null);
    const withPdf = await run("pdf");
    const without2 = await run(null);
    const withPptx = await run("pptx");
    const without = { p95: (without1.p95 + without2.p95) / 2, p50: (without1.p50 + without2.p50) / 2 };
    await db.end();
    const loadAfter = loadavg();

    console.log(`\n== Report pack: round of ${PARTICIPANTS} participants, ${ACTIONS}-action roadmap, 4 KPIs ==`);
    console.log(`machine load average (1 min) before ${loadBefore[0]!.toFixed(2)}, after ${loadAfter[0]!.toFixed(2)} on ${process.env.BENCH_CORES ?? "2"} cores shared with other work`);
    console.log(`PDF, first (launches Chromium): ${fmt(coldPdf.ms)} ms  (goal <= 3000 ms)`);
    console.log(`PDF: p50 ${fmt(percentile(times.pdf, 50))} ms, max ${fmt(times.pdf.at(-1)!)} ms over ${FILE_SAMPLES}, ${(sizes.pdf / 1024).toFixed(0)} KiB  (goal <= 3000 ms)`);
    console.log(`PPTX: p50 ${fmt(percentile(times.pptx, 50))} ms, max ${fmt(times.pptx.at(-1)!)} ms over ${FILE_SAMPLES}, ${(sizes.pptx / 1024).toFixed(0)} KiB  (goal <= 3000 ms)`);
    console.log(`saves without a report rendering: p50 ${fmt(without.p50)} ms, p95 ${fmt(without.p95)} ms (runs: p95 ${fmt(without1.p95)} and ${fmt(without2.p95)} ms; ${SAVES_PER_RUN} saves at concurrency ${SAVE_CONCURRENCY})`);
    console.log(`saves while PDFs render: p50 ${fmt(withPdf.p50)} ms, p95 ${fmt(withPdf.p95)} ms, ${withPdf.rendered} PDFs made meanwhile; p95 ratio ${(withPdf.p95 / without.p95).toFixed(2)}  (goal <= 2.00)`);
    console.log(`saves while PPTXs render: p50 ${fmt(withPptx.p50)} ms, p95 ${fmt(withPptx.p95)} ms, ${withPptx.rendered} PPTXs made meanwhile; p95 ratio ${(withPptx.p95 / without.p95).toFixed(2)}  (goal <= 2.00)`);
    const errors = without1.errors + without2.errors + withPdf.errors + withPptx.errors;
    console.log(`failed saves: ${errors}  (goal 0)`);
    process.exitCode = errors > 0 ? 1 : 0;
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
