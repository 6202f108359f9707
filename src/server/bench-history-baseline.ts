import "server-only";

import { getDb } from "@/server/db";

// Hand-written SQL baselines for bench/history.bench.ts: the figures the portfolio heatmap and an
// organization's trend page show, straight from the database in one query each, with no access
// check and no rendering. Reached only through /api/bench/history-sql, which is 404 unless
// MPEM_BENCH_ROUTES=1. Two sources: the raw answers (medians computed in SQL, what one would write
// without published figures) and the published figures themselves (the least a page must read).

type Source = "answers" | "published";

/** Each active organization's latest closed round on the framework: per dimension today, needed and spread. */
export async function portfolioBySql(workspaceId: string, frameworkId: string, frameworkVersion: string, source: Source): Promise<unknown> {
  if (source === "published") {
    return getDb().$queryRaw`
      SELECT DISTINCT ON (r."organizationId") r."organizationId", o.name, r.id AS "roundId", f.figures
      FROM "Organization" o JOIN "Round" r ON r."organizationId" = o.id JOIN "PublishedFigures" f ON f."roundId" = r.id
      WHERE o."workspaceId" = ${workspaceId} AND o."archivedAt" IS NULL AND r.status = 'CLOSED' AND f."frameworkId" = ${frameworkId} AND f."frameworkVersion" = ${frameworkVersion}
      ORDER BY r."organizationId", r."closedAt" DESC`;
  }
  return getDb().$queryRaw`
    WITH latest AS (
      SELECT DISTINCT ON (r."organizationId") r.id, r."organizationId", o.name, r."minGroupSize"
      FROM "Organization" o JOIN "Round" r ON r."organizationId" = o.id
      WHERE o."workspaceId" = ${workspaceId} AND o."archivedAt" IS NULL AND r.status = 'CLOSED' AND r."frameworkId" = ${frameworkId} AND r."frameworkVersion" = ${frameworkVersion}
      ORDER BY r."organizationId", r."closedAt" DESC
    )
    SELECT l."organizationId", l.name, s."dimensionId",
      CASE WHEN count(s."currentLevel") >= l."minGroupSize" THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY s."currentLevel") END AS current,
      CASE WHEN count(s."targetLevel") >= l."minGroupSize" THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY s."targetLevel") END AS target,
      CASE WHEN count(s."currentLevel") >= l."minGroupSize" THEN max(s."currentLevel") - min(s."currentLevel") END AS spread
    FROM latest l JOIN "Response" s ON s."roundId" = l.id
    GROUP BY l."organizationId", l.name, l."minGroupSize", s."dimensionId"
    ORDER BY l.name, s."dimensionId"`;
}

/** Every closed round of the organization: per dimension today and needed, and per category their means. */
export async function trendBySql(organizationId: string, dimensionIds: string[], categoryIds: string[], source: Source): Promise<unknown> {
  if (source === "published") {
    return getDb().$queryRaw`
      SELECT r.id, r.name, r."closedAt", f.figures FROM "Round" r JOIN "PublishedFigures" f ON f."roundId" = r.id
      WHERE r."organizationId" = ${organizationId} AND r.status = 'CLOSED' ORDER BY r."closedAt"`;
  }
  return getDb().$queryRaw`
    WITH dims AS (SELECT * FROM unnest(${dimensionIds}::text[], ${categoryIds}::text[]) AS d(dimension_id, category_id)),
    per_dimension AS (
      SELECT r.id AS round_id, r.name, r."closedAt", s."dimensionId" AS dimension_id,
        CASE WHEN count(s."currentLevel") >= r."minGroupSize" THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY s."currentLevel") END AS current,
        CASE WHEN count(s."targetLevel") >= r."minGroupSize" THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY s."targetLevel") END AS target
      FROM "Round" r JOIN "Response" s ON s."roundId" = r.id
      WHERE r."organizationId" = ${organizationId} AND r.status = 'CLOSED'
      GROUP BY r.id, s."dimensionId"
    ),
    per_category AS (
      SELECT p.round_id, d.category_id,
        avg(p.current) FILTER (WHERE p.current IS NOT NULL AND p.target IS NOT NULL) AS current,
        avg(p.target) FILTER (WHERE p.current IS NOT NULL AND p.target IS NOT NULL) AS target
      FROM per_dimension p JOIN dims d ON d.dimension_id = p.dimension_id
      GROUP BY p.round_id, d.category_id
    )
    SELECT json_build_object(
      'dimensions', (SELECT json_agg(p ORDER BY p."closedAt", p.dimension_id) FROM per_dimension p),
      'categories', (SELECT json_agg(c) FROM per_category c)
    ) AS figures`;
}
