import "server-only";

import type { Framework } from "@/domain/framework/framework-schema";
import type { RoundScores } from "@/domain/scoring/round-scoring";
import { getDb } from "@/server/db";

import type { Actor } from "./auth/session";
import { loadRoundScores } from "./round-scores";
import { requireRound, type Round } from "./rounds";

export type RoundResults = { round: Round; framework: Framework; scores: RoundScores; participantTotal: number };

/**
 * The round's scores, computed from its answers (src/server/round-scores.ts). A withdrawn link stops
 * access but keeps the answers already given (a closed round's results must not change); only
 * deleting the participant removes them.
 */
export async function getRoundResults(actor: Actor | null, slug: string, roundId: string): Promise<RoundResults> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.read");
  const db = getDb();
  const participantTotal = await db.participant.count({ where: { roundId: round.id } });
  const { framework, scores } = await loadRoundScores(db, { ...round, workspaceId: access.workspace.id });
  return { round, framework, participantTotal, scores };
}
