// `npm run bench:history`: the portfolio heatmap and an organization's trend page on a workspace of
// 50 organizations × 12 closed rounds × 30 participants (198,000 answers, generated in SQL), each
// against hand-written SQL returning the same figures, measured in the same run over HTTP through a
// bare route (see bench/README.md). Also checks that the pages show exactly the SQL's numbers.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { mpem } from "../src/domain/frameworks/mpem";
import { toPublishedFigures } from "../src/domain/history/published-figures";
import { scoreRound, type Answer } from "../src/domain/scoring/round-scoring";
import { hashPassword } from "../src/lib/password-hashing";
import { formatLevel } from "../src/lib/level-format";
import { findFreePort, makeScratchDir } from "../scripts/lib/embedded-db";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
const PARTICIPANTS = Number(process.env.BENCH_ROUND_PARTICIPANTS ?? 30);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const WARM_UP = 5;
const GROUPS = ["IT", "Marketing", "Leadership"];
const root = path.resolve(import.meta.dirname, "..");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Organizations, rounds, participants and answers, in four INSERT … SELECT statements. */
async function generate(db: pg.Client, workspaceId: string): Promise<void> {
  await db.query(
    `INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt")
     SELECT 'org-' || o, $1, 'Client ' || lpad(o::text, 2, '0'), now() FROM generate_series(1, $2::int) o`,
    [workspaceId, ORGANIZATIONS],
  );
  await db.query(
    `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, groups, "previousRoundId", "openedAt", "closedAt", "createdAt", "updatedAt")
     SELECT 'round-' || o || '-' || k, 'org-' || o, (2020 + (k - 1) / 2) || ' H' || (1 + (k - 1) % 2), 'mpem', '1.0', 5, $4::text[], 'CLOSED', $1::text[],
            CASE WHEN k > 1 THEN 'round-' || o || '-' || (k - 1) END,
            timestamptz '2020-01-01' + (k - 1) * interval '6 months', timestamptz '2020-01-31' + (k - 1) * interval '6 months',
            timestamptz '2020-01-01' + (k - 1) * interval '6 months', now()
     FROM generate_series(1, $2::int) o, generate_series(1, $3::int) k`,
    [GROUPS, ORGANIZATIONS, ROUNDS, mpem.dimensions.map((dimension) => dimension.id)],
  );
  await db.query(
    `INSERT INTO "Participant" (id, "roundId", "displayName", "group", "tokenHash", "startedAt", "submittedAt")
     SELECT r.id || '-p' || p, r.id, 'Participant ' || p, ($1::text[])[1 + p % 3], md5(r.id || p) || md5(p || r.id), r."openedAt", r."closedAt"
     FROM "Round" r JOIN "Organization" o ON o.id = r."organizationId", generate_series(1, $2::int) p
     WHERE o."workspaceId" = $3`,
    [GROUPS, PARTICIPANTS, workspaceId],
  );
  // Levels drift upward over the rounds, differ by organization, group and dimension; about one
  // answer in 23 is "don't know" for today.
  await db.query(
    `INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "currentDontKnow", "targetLevel", revision, "updatedAt")
     SELECT p.id || '-' || d.ordinality, p.id, p."roundId", 5, d.id,
            CASE WHEN h % 23 = 0 THEN NULL ELSE least(5, 1 + (h % 3) + k / 5) END, h % 23 = 0,
            least(5, 2 + (h % 3) + k / 4), 1, now()
     FROM (SELECT p.*, split_part(p."roundId", '-', 3)::int AS k, abs(hashtext(p.id)) AS seed FROM "Participant" p JOIN "Round" r ON r.id = p."roundId" JOIN "Organization" o ON o.id = r."organizationId" WHERE o."workspaceId" = $2) p,
          unnest($1::text[]) WITH ORDINALITY d(id, ordinality),
          LATERAL (SELECT abs(hashtext(p.id || d.id)) % 1000 AS h) x`,
    [mpem.dimensions.map((dimension) => dimension.id), workspaceId],
  );
}

/** Publishes every round as closing would: the app's own scoring of its answers, stored as its figures. */
async function publish(db: pg.Client, workspaceId: string): Promise<void> {
  const { rows } = await db.query<{ roundId: string; participantId: string; group: string | null; dimensionId: string; currentLevel: number | null; currentDontKnow: boolean; targetLevel: number | null }>(
    `SELECT s."roundId", s."participantId", p."group", s."dimensionId", s."currentLevel", s."currentDontKnow", s."targetLevel"
     FROM "Response" s JOIN "Participant" p ON p.id = s."participantId" JOIN "Round" r ON r.id = s."roundId" JOIN "Organization" o ON o.id = r."organizationId"
     WHERE o."workspaceId" = $1`,
    [workspaceId],
  );
  const byRound = new Map<string, Answer[]>();
  for (const row of rows) {
    const answers = byRound.get(row.roundId) ?? [];
    answers.push({ participantId: row.participantId, group: row.group, dimensionId: row.dimensionId, currentLevel: row.currentLevel ?? (row.currentDontKnow ? null : undefined), targetLevel: row.targetLevel });
    byRound.set(row.roundId, answers);
  }
  const entries = [...byRound.entries()];
  for (let start = 0; start < entries.length; start += 100) {
    const batch = entries.slice(start, start + 100).map(([roundId, answers]) => [roundId, JSON.stringify(toPublishedFigures(mpem, scoreRound(mpem, answers, { minGroupSize: 3, groupOrder: GROUPS })))]);
    await db.query(
      `INSERT INTO "PublishedFigures" ("roundId", "frameworkId", "frameworkVersion", "schemaVersion", figures)
       SELECT id, 'mpem', '1.0', 1, figures::jsonb FROM unnest($1::text[], $2::text[]) AS t(id, figures)`,
      [batch.map((entry) => entry[0]), batch.map((entry) => entry[1])],
    );
  }
}

async function signIn(base: string, db: pg.Client, workspaceId: string): Promise<string> {
  const email = `bench-${randomUUID().slice(0, 8)}@example.test`;
  const password = "bench passphrase for history";
  const userId = randomUUID();
  await db.query(`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") VALUES ($1, 'Bench', $2, false, now())`, [userId, email]);
  await db.query(`INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`, [randomUUID(), userId, await hashPassword(password)]);
  await db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") VALUES ($1, $2, $3, 'VIEWER', now())`, [randomUUID(), userId, workspaceId]);
  const response = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "Content-Type": "application/json", origin: base }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (response.headers.getSetCookie?.() ?? []).map((value) => value.split(";")[0]).join("; ");
}

/** The text of every <td> of the page's first table, tags and React's comment markers stripped. */
function firstTableCells(html: string): string[] {
  const table = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
  return [...table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1]!.replace(/<!--.*?-->/g, "").replace(/<[^>]+>/g, "").trim());
}

type Target = { label: string; url: string; cookie?: string };

async function main() {
  const dataDir = makeScratchDir("mpem-bench-history-");
  const port = await findFreePort();
  const base = `http://localhost:${port}`;
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
    db.on("error", () => {});
    await db.connect();

    const workspaceId = randomUUID();
    const slug = `bench-${workspaceId.slice(0, 8)}`;
    await db.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Bench', $2, now())`, [workspaceId, slug]);
    let started = performance.now();
    await generate(db, workspaceId);
    const answers = Number((await db.query(`SELECT count(*) FROM "Response"`)).rows[0].count);
    const generated = performance.now() - started;
    started = performance.now();
    await publish(db, workspaceId);
    const published = performance.now() - started;
    await db.query("ANALYZE");
    const cookie = await signIn(base, db, workspaceId);
    const organizationId = "org-1";

    const targets: Target[] = [
      { label: "portfolio page", url: `${base}/w/${slug}/portfolio`, cookie },
      { label: "portfolio SQL (answers)", url: `${base}/api/bench/history-sql?kind=portfolio&workspaceId=${workspaceId}` },
      { label: "portfolio SQL (published)", url: `${base}/api/bench/history-sql?kind=portfolio&source=published&workspaceId=${workspaceId}` },
      { label: "trend page", url: `${base}/w/${slug}/organizations/${organizationId}/history`, cookie },
      { label: "trend SQL (answers)", url: `${base}/api/bench/history-sql?kind=trend&organizationId=${organizationId}` },
      { label: "trend SQL (published)", url: `${base}/api/bench/history-sql?kind=trend&source=published&organizationId=${organizationId}` },
      { label: "bare page", url: `${base}/bench/bare` },
    ];
    const times = new Map(targets.map((target) => [target.label, [] as number[]]));
    const bodies = new Map<string, string>();
    // Interleaved, so a noisy moment on this shared machine hits every target alike.
    for (let sample = 0; sample < SAMPLES + WARM_UP; sample += 1) {
      for (const target of targets) {
        const sent = performance.now();
        const response = await fetch(target.url, { headers: target.cookie ? { cookie: target.cookie } : {} });
        const body = await response.text();
        if (!response.ok) throw new Error(`${target.label} answered ${response.status}`);
        if (sample >= WARM_UP) times.get(target.label)!.push(performance.now() - sent);
        bodies.set(target.label, body);
      }
    }

    // The pages show the SQL's numbers: the portfolio's cells (dimensions × organizations by name)
    // and the trend page's history heatmap (dimensions × rounds, oldest first).
    const dimensionOrder = mpem.dimensions.map((dimension) => dimension.id);
    const portfolioSql = JSON.parse(bodies.get("portfolio SQL (answers)")!) as { name: string; dimensionId: string; current: number | null }[];
    const organizations = [...new Set(portfolioSql.map((row) => row.name))].sort((a, b) => a.localeCompare(b));
    const expectedPortfolio = dimensionOrder.flatMap((dimensionId) => organizations.map((name) => formatLevel(portfolioSql.find((row) => row.name === name && row.dimensionId === dimensionId)?.current ?? null)));
    const portfolioCells = firstTableCells(bodies.get("portfolio page")!);
    const portfolioWrong = expectedPortfolio.filter((value, index) => portfolioCells[index] !== value).length + Math.abs(portfolioCells.length - expectedPortfolio.length);
    const trendSql = (JSON.parse(bodies.get("trend SQL (answers)")!) as { figures: { dimensions: { round_id: string; closedAt: string; dimension_id: string; current: number | null }[] } }[])[0]!.figures;
    const roundIds = [...new Set(trendSql.dimensions.map((row) => row.round_id))];
    const expectedTrend = dimensionOrder.flatMap((dimensionId) => roundIds.map((roundId) => formatLevel(trendSql.dimensions.find((row) => row.round_id === roundId && row.dimension_id === dimensionId)?.current ?? null)));
    const trendCells = firstTableCells(bodies.get("trend page")!);
    const trendWrong = expectedTrend.filter((value, index) => trendCells[index] !== value).length + Math.abs(trendCells.length - expectedTrend.length);
    await db.end();

    const stats = (label: string) => {
      const sorted = [...times.get(label)!].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
    };
    const fmt = (value: number) => value.toFixed(1);
    console.log(`\n== History pages on ${ORGANIZATIONS} organizations × ${ROUNDS} closed rounds × ${PARTICIPANTS} participants (${answers} answers), ${SAMPLES} samples each, interleaved ==`);
    console.log(`data generated in SQL in ${fmt(generated / 1000)} s; ${ORGANIZATIONS * ROUNDS} rounds published in ${fmt(published / 1000)} s`);
    for (const target of targets) {
      const kib = Buffer.byteLength(bodies.get(target.label) ?? "") / 1024;
      console.log(`${target.label.padEnd(27)} p50 ${fmt(stats(target.label).p50)} ms, p95 ${fmt(stats(target.label).p95)} ms, body ${kib.toFixed(0)} KiB`);
    }
    for (const [page, sql] of [
      ["portfolio page", "portfolio SQL (answers)"],
      ["trend page", "trend SQL (answers)"],
    ] as const) {
      console.log(`${page} p95: ${fmt(stats(page).p95)} ms  (goal <= 300 ms)`);
      console.log(`${page} p95 / hand-written SQL from the answers p95: ${(stats(page).p95 / stats(sql).p95).toFixed(2)}  (goal <= 3.00)`);
      console.log(`${page} p95 / SQL reading the published figures p95: ${(stats(page).p95 / stats(sql.replace("answers", "published")).p95).toFixed(2)}  (no goal; the least a page must read)`);
    }
    console.log(`portfolio cells differing from the SQL: ${portfolioWrong} of ${expectedPortfolio.length}  (goal 0)`);
    console.log(`trend heatmap cells differing from the SQL: ${trendWrong} of ${expectedTrend.length}  (goal 0)`);
    process.exitCode = portfolioWrong > 0 || trendWrong > 0 ? 1 : 0;
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
