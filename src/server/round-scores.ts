import "server-only";

import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Framework } from "@/domain/framework/framework-schema";
import { scoreRound, type RoundScores } from "@/domain/scoring/round-scoring";

import { resolveFramework, UnknownFrameworkError } from "./frameworks";
import { readRoundAnswers, toStoredAnswer } from "./round-answers";

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

/**
 * Every answer of the round in one query; the arithmetic, and withholding what would expose one
 * person, is the domain's pure scoring. Pass a transaction to read inside it (closing a round).
 */
export async function loadRoundScores(db: Db, round: ScoredRound): Promise<{ framework: Framework; scores: RoundScores }> {
  const rows = await readRoundAnswers(db, round.id);
  // A consensus recorded in the live workshop replaces the median for its dimension.
  const consensus = await db.consensus.findMany({ where: { roundId: round.id }, select: { dimensionId: true, currentLevel: true, targetLevel: true } });
  const framework = await frameworkOfRound(round);
  return { framework, scores: scoreRound(framework, rows.map(toStoredAnswer), { minGroupSize: round.minGroupSize, groupOrder: round.groups, consensus }) };
}
