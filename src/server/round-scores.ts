import "server-only";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Framework } from "@/domain/framework/framework-schema";
import { scoreRound, type Answer, type RoundScores } from "@/domain/scoring/round-scoring";

import { resolveFramework, UnknownFrameworkError } from "./frameworks";

// One way from a round's stored answers to its scores, shared by the results page and by publishing
// when the round closes, so what is published is exactly what the results showed.

type Db = PrismaClient | Prisma.TransactionClient;

export type ScoredRound = { id: string; workspaceId: string; frameworkId: string; frameworkVersion: string; minGroupSize: number; groups: string[] };

type FrameworkRef = Pick<ScoredRound, "workspaceId" | "frameworkId" | "frameworkVersion">;

/** The framework a round ran on (built-in or imported by its workspace), or undefined where it is unknown. */
export async function findFrameworkOf(round: FrameworkRef): Promise<Framework | undefined> {
  try {
    return await frameworkOfRound(round);
  } catch (error) {
    if (error instanceof UnknownFrameworkError) return undefined;
    throw error;
  }
}

/** The framework a round ran on, by id and version, through the one resolver; an unknown one is an error, never a silent fallback. */
export function frameworkOfRound(round: FrameworkRef): Promise<Framework> {
  return resolveFramework(round.workspaceId, round.frameworkId, round.frameworkVersion);
}

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

/**
 * Every answer of the round in one query; the arithmetic, and withholding what would expose one
 * person, is the domain's pure scoring. Pass a transaction to read inside it (closing a round).
 */
export async function loadRoundScores(db: Db, round: ScoredRound): Promise<{ framework: Framework; scores: RoundScores }> {
  const rows = await db.$queryRaw<ResponseRow[]>`
    SELECT r."participantId", p."group", r."dimensionId", r."currentLevel", r."currentDontKnow", r."targetLevel", r."targetDontKnow", r.comment
    FROM "Response" r JOIN "Participant" p ON p.id = r."participantId"
    WHERE r."roundId" = ${round.id}`;
  // A consensus recorded in the live workshop replaces the median for its dimension.
  const consensus = await db.consensus.findMany({ where: { roundId: round.id }, select: { dimensionId: true, currentLevel: true, targetLevel: true } });
  const framework = await frameworkOfRound(round);
  return { framework, scores: scoreRound(framework, rows.map(toAnswer), { minGroupSize: round.minGroupSize, groupOrder: round.groups, consensus }) };
}
