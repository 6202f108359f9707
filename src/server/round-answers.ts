import "server-only";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { StoredAnswer } from "@/domain/reports/answer-rows";

// Every answer of a round as stored, with the participant's group: the one read behind the results,
// the published figures, the report pack and a follow-up's "last time". One query, so each of them
// sees the same rows.

type Reader = Pick<PrismaClient | Prisma.TransactionClient, "$queryRaw">;

export type RoundAnswerRow = {
  participantId: string;
  group: string | null;
  dimensionId: string;
  currentLevel: number | null;
  currentDontKnow: boolean;
  targetLevel: number | null;
  targetDontKnow: boolean;
  comment: string | null;
  evidenceUrl: string | null;
};

export function readRoundAnswers(db: Reader, roundId: string): Promise<RoundAnswerRow[]> {
  return db.$queryRaw<RoundAnswerRow[]>`
    SELECT r."participantId", p."group", r."dimensionId", r."currentLevel", r."currentDontKnow", r."targetLevel", r."targetDontKnow", r.comment, r."evidenceUrl"
    FROM "Response" r JOIN "Participant" p ON p.id = r."participantId"
    WHERE r."roundId" = ${roundId}`;
}

/** "Not answered yet" (no level, not "don't know") becomes undefined and is left out of the scores; "don't know" is null and counted as such. */
export function toStoredAnswer(row: RoundAnswerRow): StoredAnswer {
  return {
    participantId: row.participantId,
    group: row.group,
    dimensionId: row.dimensionId,
    currentLevel: row.currentLevel ?? (row.currentDontKnow ? null : undefined),
    targetLevel: row.targetLevel ?? (row.targetDontKnow ? null : undefined),
    comment: row.comment,
    evidenceUrl: row.evidenceUrl,
  };
}
