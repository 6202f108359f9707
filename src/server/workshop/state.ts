import "server-only";

import type { Framework } from "@/domain/framework/framework-schema";
import type { RoundStatus } from "@/domain/rounds/round-status";
import { progressOf, type Phase, type WorkshopState } from "@/domain/workshop/workshop-machine";
import type { Prisma } from "@/generated/prisma/client";
import { resolveFramework } from "@/server/frameworks";

// Loading and storing the workshop's state (the domain's WorkshopState) in the Workshop and
// WorkshopDimension tables.

type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export type WorkshopRecord = {
  roundId: string;
  roundStatus: RoundStatus;
  roundName: string;
  groups: string[];
  /** The round's privacy minimum: fewest people behind any figure shown. */
  minGroupSize: number;
  organizationName: string;
  workspaceId: string;
  frameworkId: string;
  frameworkVersion: string;
  joinCode: string;
};

export type LoadedWorkshop = { record: WorkshopRecord; framework: Framework; state: WorkshopState };

const toPhase = (phase: string): Phase => phase.toLowerCase() as Phase;
const fromPhase = (phase: Phase) => phase.toUpperCase();

/** The round's own framework, built-in or imported by its workspace (an unknown one is an error, never MPEM). */
export function frameworkOf(round: { workspaceId: string; frameworkId: string; frameworkVersion: string }): Promise<Framework> {
  return resolveFramework(round.workspaceId, round.frameworkId, round.frameworkVersion);
}

type Row = WorkshopRecord & { mode: string; currentDimensionId: string; joinOpen: boolean; showWhoHasNotVoted: boolean };

/**
 * The workshop of a round, or null if it was never started. `lock`: "update" for a change of state
 * (one at a time), "share" for a vote (votes run side by side, but never across a change of state).
 */
export async function loadWorkshop(db: Db, roundId: string, lock: "update" | "share" | "none" = "none"): Promise<LoadedWorkshop | null> {
  const rows =
    lock === "update"
      ? await db.$queryRaw<Row[]>`
          SELECT w."roundId", w.mode::text AS mode, w."currentDimensionId", w."joinCode", w."joinOpen", w."showWhoHasNotVoted",
                 r.status::text AS "roundStatus", r.name AS "roundName", r.groups, r."minGroupSize", r."frameworkId", r."frameworkVersion", o.name AS "organizationName", o."workspaceId"
          FROM "Workshop" w JOIN "Round" r ON r.id = w."roundId" JOIN "Organization" o ON o.id = r."organizationId"
          WHERE w."roundId" = ${roundId} FOR UPDATE OF w`
      : lock === "share"
        ? await db.$queryRaw<Row[]>`
          SELECT w."roundId", w.mode::text AS mode, w."currentDimensionId", w."joinCode", w."joinOpen", w."showWhoHasNotVoted",
                 r.status::text AS "roundStatus", r.name AS "roundName", r.groups, r."minGroupSize", r."frameworkId", r."frameworkVersion", o.name AS "organizationName", o."workspaceId"
          FROM "Workshop" w JOIN "Round" r ON r.id = w."roundId" JOIN "Organization" o ON o.id = r."organizationId"
          WHERE w."roundId" = ${roundId} FOR SHARE OF w, r`
        : await db.$queryRaw<Row[]>`
          SELECT w."roundId", w.mode::text AS mode, w."currentDimensionId", w."joinCode", w."joinOpen", w."showWhoHasNotVoted",
                 r.status::text AS "roundStatus", r.name AS "roundName", r.groups, r."minGroupSize", r."frameworkId", r."frameworkVersion", o.name AS "organizationName", o."workspaceId"
          FROM "Workshop" w JOIN "Round" r ON r.id = w."roundId" JOIN "Organization" o ON o.id = r."organizationId"
          WHERE w."roundId" = ${roundId}`;
  const row = rows[0];
  if (!row) return null;
  const dimensionRows = await db.$queryRaw<{ dimensionId: string; votingRound: number; phase: string }[]>`
    SELECT "dimensionId", "votingRound", phase::text AS phase FROM "WorkshopDimension" WHERE "roundId" = ${roundId}`;
  const framework = await frameworkOf(row);
  const dimensionIds = framework.dimensions.map((dimension) => dimension.id);
  const { mode, currentDimensionId, joinOpen, showWhoHasNotVoted, ...record } = row;
  return {
    record,
    framework,
    state: {
      mode: mode === "WORKSHOP" ? "workshop" : "self-paced",
      dimensionIds,
      currentDimensionId: dimensionIds.includes(currentDimensionId) ? currentDimensionId : dimensionIds[0]!,
      progress: Object.fromEntries(dimensionRows.map((dimension) => [dimension.dimensionId, { phase: toPhase(dimension.phase), votingRound: dimension.votingRound }])),
      joinOpen,
      showWhoHasNotVoted,
    },
  };
}

/** Writes what changed between `before` and `after`. */
export async function saveWorkshop(db: Db, roundId: string, before: WorkshopState, after: WorkshopState): Promise<void> {
  if (before.mode !== after.mode || before.currentDimensionId !== after.currentDimensionId || before.joinOpen !== after.joinOpen || before.showWhoHasNotVoted !== after.showWhoHasNotVoted) {
    await db.$executeRaw`
      UPDATE "Workshop" SET mode = ${after.mode === "workshop" ? "WORKSHOP" : "SELF_PACED"}::"WorkshopMode", "currentDimensionId" = ${after.currentDimensionId},
        "joinOpen" = ${after.joinOpen}, "showWhoHasNotVoted" = ${after.showWhoHasNotVoted}, "updatedAt" = now()
      WHERE "roundId" = ${roundId}`;
  }
  for (const dimensionId of after.dimensionIds) {
    const was = progressOf(before, dimensionId);
    const now = progressOf(after, dimensionId);
    if (was.phase === now.phase && was.votingRound === now.votingRound) continue;
    await db.$executeRaw`
      INSERT INTO "WorkshopDimension" ("roundId", "dimensionId", "votingRound", phase, "revealedAt", "updatedAt")
      VALUES (${roundId}, ${dimensionId}, ${now.votingRound}, ${fromPhase(now.phase)}::"WorkshopPhase", ${now.phase === "revealed" ? new Date() : null}, now())
      ON CONFLICT ("roundId", "dimensionId") DO UPDATE SET "votingRound" = EXCLUDED."votingRound", phase = EXCLUDED.phase,
        "revealedAt" = COALESCE(EXCLUDED."revealedAt", "WorkshopDimension"."revealedAt"), "updatedAt" = now()`;
  }
}
