import "server-only";

import { defaultFramework, getFramework } from "@/domain/frameworks";
import type { Framework } from "@/domain/framework/framework-schema";
import { scoreRound, type Answer, type RoundScores } from "@/domain/scoring/round-scoring";
import { getDb } from "@/server/db";

import type { Actor } from "./auth/session";
import { requireRound, type Round } from "./rounds";
import { consensusEntriesOf } from "./workshop/consensus";

type ResponseRow = {
  participantId: string;
  group: string | null;
  dimensionId: string;
  currentLevel: number | null;
  currentDontKnow: boolean;
  targetLevel: number | null;
  targetDontKnow: boolean;
  comment: string | null;
};

/** "Not answered yet" is left out of the scores; "don't know" is counted as such. */
function toAnswer(row: ResponseRow): Answer {
  return {
    participantId: row.participantId,
    group: row.group,
    dimensionId: row.dimensionId,
    currentLevel: row.currentLevel ?? (row.currentDontKnow ? null : undefined),
    targetLevel: row.targetLevel ?? (row.targetDontKnow ? null : undefined),
    comment: row.comment,
  };
}

export type RoundResults = { round: Round; framework: Framework; scores: RoundScores; participantTotal: number };

/**
 * Every answer of the round in one query; the arithmetic, and withholding what would expose one
 * person, is the domain's pure scoring. A withdrawn link stops access but keeps the answers already
 * given (a closed round's results must not change); only deleting the participant removes them.
 */
export async function getRoundResults(actor: Actor | null, slug: string, roundId: string): Promise<RoundResults> {
  const { round } = await requireRound(actor, slug, roundId, "round.read");
  const db = getDb();
  const participantTotal = await db.participant.count({ where: { roundId: round.id } });
  const rows = await db.$queryRaw<ResponseRow[]>`
    SELECT r."participantId", p."group", r."dimensionId", r."currentLevel", r."currentDontKnow", r."targetLevel", r."targetDontKnow", r.comment
    FROM "Response" r JOIN "Participant" p ON p.id = r."participantId"
    WHERE r."roundId" = ${round.id}`;
  const framework = getFramework(round.frameworkId) ?? defaultFramework;
  // A consensus recorded in the live workshop replaces the median for its dimension.
  const consensus = await consensusEntriesOf(round.id);
  return { round, framework, participantTotal, scores: scoreRound(framework, rows.map(toAnswer), { minGroupSize: round.minGroupSize, groupOrder: round.groups, consensus }) };
}
