import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { parsePublishedFigures, toPublishedFigures, type PublishedFigures } from "@/domain/history/published-figures";
import type { PublishedRound } from "@/domain/history/trend";
import { getDb } from "@/server/db";

import { loadRoundScores, type ScoredRound } from "./round-scores";

// A round's figures are published when it closes (in the closing transaction, after the status
// change has waited for saves in flight, so they are the final answers) and withdrawn when it
// reopens. Everything that looks back across rounds reads them from here, never from the answers.
//
// The readers take an already-authorized scope (a workspace, an organization in it): the member
// pages check the membership first (src/server/history.ts); a share link or an organization-scoped
// grant can resolve its own scope and call the same readers.

type Tx = Prisma.TransactionClient;

export type OrganizationScope = { workspaceId: string; organizationId: string };

/** Scores the round from its answers and stores the figures, replacing any earlier ones. */
export async function publishRoundFigures(tx: Tx, round: ScoredRound): Promise<PublishedFigures> {
  const { framework, scores } = await loadRoundScores(tx, round);
  const figures = toPublishedFigures(framework, scores);
  const row = { frameworkId: figures.frameworkId, frameworkVersion: figures.frameworkVersion, schemaVersion: figures.schemaVersion, figures, publishedAt: new Date() };
  await tx.publishedFigures.upsert({ where: { roundId: round.id }, create: { roundId: round.id, ...row }, update: row });
  return figures;
}

/** Reopening a round: its figures are no longer the round's word until it closes again. */
export async function withdrawRoundFigures(tx: Tx, roundId: string): Promise<void> {
  await tx.publishedFigures.deleteMany({ where: { roundId } });
}

/**
 * Rounds closed before figures were kept (or written straight to the database) are published the
 * first time something reads them, under a share lock on the round so a reopen cannot slip in
 * between: it waits, then withdraws them. An existing row is never overwritten here.
 */
async function publishMissing(roundIds: readonly string[]): Promise<void> {
  for (const roundId of roundIds) {
    await getDb().$transaction(async (tx) => {
      const [round] = await tx.$queryRaw<ScoredRound[]>`
        SELECT r.id, o."workspaceId", r."frameworkId", r."frameworkVersion", r."minGroupSize", r.groups
        FROM "Round" r JOIN "Organization" o ON o.id = r."organizationId"
        WHERE r.id = ${roundId} AND r.status = 'CLOSED' FOR SHARE OF r`;
      if (!round) return;
      const { framework, scores } = await loadRoundScores(tx, round);
      const figures = toPublishedFigures(framework, scores);
      await tx.publishedFigures.createMany({
        data: [{ roundId, frameworkId: figures.frameworkId, frameworkVersion: figures.frameworkVersion, schemaVersion: figures.schemaVersion, figures }],
        skipDuplicates: true,
      });
    });
  }
}

type PublishedRow = { roundId: string; name: string; closedAt: Date; previousRoundId: string | null; figures: unknown };

export type OrganizationRound = PublishedRound & { previousRoundId: string | null };

function toRound(row: PublishedRow): OrganizationRound {
  return { roundId: row.roundId, name: row.name, closedAt: row.closedAt, previousRoundId: row.previousRoundId, figures: parsePublishedFigures(row.figures) };
}

/** Every closed round of the organization with its published figures, oldest first, any framework. */
export async function readPublishedRounds(scope: OrganizationScope): Promise<OrganizationRound[]> {
  const read = () => getDb().$queryRaw<(PublishedRow & { published: boolean })[]>`
    SELECT r.id AS "roundId", r.name, r."closedAt", r."previousRoundId", f.figures, f."roundId" IS NOT NULL AS published
    FROM "Round" r
    JOIN "Organization" o ON o.id = r."organizationId"
    LEFT JOIN "PublishedFigures" f ON f."roundId" = r.id
    WHERE r."organizationId" = ${scope.organizationId} AND o."workspaceId" = ${scope.workspaceId} AND r.status = 'CLOSED'
    ORDER BY r."closedAt", r."createdAt"`;
  let rows = await read();
  const missing = rows.filter((row) => !row.published).map((row) => row.roundId);
  if (missing.length > 0) {
    await publishMissing(missing);
    rows = await read();
  }
  return rows.filter((row) => row.published).map(toRound);
}

/** One round's published figures (null while it is not closed), with its previous round's if that has any. */
export async function readRoundWithPrevious(scope: OrganizationScope, roundId: string): Promise<{ round: OrganizationRound | null; previous: OrganizationRound | null }> {
  const rounds = await readPublishedRounds(scope);
  const round = rounds.find((entry) => entry.roundId === roundId) ?? null;
  const previousId =
    round?.previousRoundId ??
    (await getDb().round.findFirst({ where: { id: roundId, organizationId: scope.organizationId }, select: { previousRoundId: true } }))?.previousRoundId ??
    null;
  return { round, previous: rounds.find((entry) => entry.roundId === previousId) ?? null };
}

export type PortfolioRow = { organizationId: string; organizationName: string; round: PublishedRound };
export type PortfolioFigures = { frameworks: { id: string; version: string; organizations: number }[]; rows: (PortfolioRow & { frameworkKey: string })[] };

/**
 * Each active organization's latest closed round per framework id and version, with its figures, in
 * one query. The caller picks the framework; the list of frameworks present comes with it.
 */
export async function readPortfolio(workspaceId: string): Promise<PortfolioFigures> {
  const unpublished = await getDb().$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Round" r
    JOIN "Organization" o ON o.id = r."organizationId"
    WHERE o."workspaceId" = ${workspaceId} AND o."archivedAt" IS NULL AND r.status = 'CLOSED'
      AND NOT EXISTS (SELECT 1 FROM "PublishedFigures" f WHERE f."roundId" = r.id)`;
  if (unpublished.length > 0) await publishMissing(unpublished.map((row) => row.id));
  // The latest round is chosen on narrow rows first; only those rounds' figures are then read.
  const rows = await getDb().$queryRaw<(PublishedRow & { organizationId: string; organizationName: string; frameworkId: string; frameworkVersion: string })[]>`
    WITH latest AS (
      SELECT DISTINCT ON (r."organizationId", f."frameworkId", f."frameworkVersion")
        r."organizationId", o.name AS "organizationName", f."frameworkId", f."frameworkVersion", r.id AS "roundId", r.name, r."closedAt", r."previousRoundId"
      FROM "Organization" o
      JOIN "Round" r ON r."organizationId" = o.id
      JOIN "PublishedFigures" f ON f."roundId" = r.id
      WHERE o."workspaceId" = ${workspaceId} AND o."archivedAt" IS NULL AND r.status = 'CLOSED'
      ORDER BY r."organizationId", f."frameworkId", f."frameworkVersion", r."closedAt" DESC, r."createdAt" DESC
    )
    SELECT latest.*, f.figures FROM latest JOIN "PublishedFigures" f ON f."roundId" = latest."roundId"`;
  const counts = new Map<string, { id: string; version: string; organizations: number }>();
  for (const row of rows) {
    const key = `${row.frameworkId}@${row.frameworkVersion}`;
    const entry = counts.get(key) ?? { id: row.frameworkId, version: row.frameworkVersion, organizations: 0 };
    entry.organizations += 1;
    counts.set(key, entry);
  }
  return {
    frameworks: [...counts.values()].sort((a, b) => b.organizations - a.organizations || a.id.localeCompare(b.id)),
    rows: rows
      .map((row) => ({ organizationId: row.organizationId, organizationName: row.organizationName, frameworkKey: `${row.frameworkId}@${row.frameworkVersion}`, round: toRound(row) }))
      .sort((a, b) => a.organizationName.localeCompare(b.organizationName)),
  };
}
