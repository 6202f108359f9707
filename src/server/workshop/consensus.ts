import "server-only";

import type { ConsensusEntry } from "@/domain/scoring/round-scoring";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { requireRound } from "@/server/rounds";

// Recorded consensus, as the results read it: it replaces the median for its dimension.

/** For scoring; callers have already checked the reader may see the round. */
export async function consensusEntriesOf(roundId: string): Promise<ConsensusEntry[]> {
  return getDb().consensus.findMany({ where: { roundId }, select: { dimensionId: true, currentLevel: true, targetLevel: true } });
}

export type RecordedConsensus = ConsensusEntry & { rationale: string; dissent: string | null; votingRound: number; recordedByName: string; recordedAt: Date };

export type LevelCounts = { dimensionId: string; field: "current" | "target"; level: number; count: number }[];

/**
 * What the results page shows beside each agreed level: the consensus and the distribution of
 * answers behind it (how many chose each level). Only whole-round counts, and only with at least
 * `minimum` answers, so no one person's answer can be picked out.
 */
export async function listRecordedConsensus(actor: Actor | null, slug: string, roundId: string, minimum = 3): Promise<{ consensus: RecordedConsensus[]; counts: LevelCounts }> {
  const { round } = await requireRound(actor, slug, roundId, "round.read");
  const consensus = await getDb().consensus.findMany({
    where: { roundId: round.id },
    select: { dimensionId: true, currentLevel: true, targetLevel: true, rationale: true, dissent: true, votingRound: true, recordedByName: true, recordedAt: true },
  });
  if (consensus.length === 0) return { consensus, counts: [] };
  const rows = await getDb().$queryRaw<{ dimensionId: string; field: "current" | "target"; level: number; count: bigint; answers: bigint }[]>`
    WITH answers AS (
      SELECT r."dimensionId", r."currentLevel", r."targetLevel" FROM "Response" r JOIN "Participant" p ON p.id = r."participantId"
      WHERE r."roundId" = ${round.id} AND r."dimensionId" = ANY(${consensus.map((entry) => entry.dimensionId)}::text[]) AND p."revokedAt" IS NULL
    ), levels AS (
      SELECT "dimensionId", 'current' AS field, "currentLevel" AS level FROM answers WHERE "currentLevel" IS NOT NULL
      UNION ALL SELECT "dimensionId", 'target', "targetLevel" FROM answers WHERE "targetLevel" IS NOT NULL
    )
    SELECT "dimensionId", field, level, count(*) AS count, sum(count(*)) OVER (PARTITION BY "dimensionId", field) AS answers
    FROM levels GROUP BY "dimensionId", field, level ORDER BY "dimensionId", field, level`;
  return {
    consensus,
    counts: rows.filter((row) => Number(row.answers) >= minimum).map((row) => ({ dimensionId: row.dimensionId, field: row.field, level: row.level, count: Number(row.count) })),
  };
}
