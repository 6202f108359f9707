import "server-only";

import { randomInt } from "node:crypto";

import { z } from "zod";

import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, joinCodeFrom } from "@/domain/workshop/join-code";
import { consensusInput } from "@/domain/workshop/inputs";
import { workshopProblem } from "@/domain/rounds/round-status";
import { applyCommand, currentProgress, initialWorkshopState, type WorkshopCommand } from "@/domain/workshop/workshop-machine";
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/server/audit";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordWorkshopEvent } from "@/server/realtime/events";
import { requireRound } from "@/server/rounds";
import { parseOrThrow } from "@/server/validation";

import { frameworkOf, loadWorkshop, saveWorkshop } from "./state";
import { privacyMinimum } from "./views";

// The facilitator's side of the workshop: start it, drive it, record the consensus. Every change
// locks the workshop row, applies the domain's state machine, stores the result and records an
// event, all in one transaction.

const commandInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("next") }),
  z.object({ type: z.literal("previous") }),
  z.object({ type: z.literal("go-to"), dimensionId: z.string().min(1).max(100) }),
  z.object({ type: z.literal("reveal") }),
  z.object({ type: z.literal("revote") }),
  z.object({ type: z.literal("set-mode"), mode: z.enum(["workshop", "self-paced"]) }),
  z.object({ type: z.literal("set-joining"), open: z.boolean() }),
  z.object({ type: z.literal("show-who-has-not-voted"), show: z.boolean() }),
]);

function newJoinCode(): string {
  return joinCodeFrom(Array.from({ length: JOIN_CODE_LENGTH }, () => randomInt(JOIN_CODE_ALPHABET.length)));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (("code" in error && error.code === "P2002") || String((error as Error).message).includes("Workshop_joinCode_key"));
}

/** Starts workshop mode on an open round (or switches a self-paced one back to it). */
export async function startWorkshop(actor: Actor | null, slug: string, roundId: string): Promise<void> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const problem = workshopProblem(round.status);
  if (problem) throw new ValidationError(problem);
  const existing = await loadWorkshop(getDb(), round.id);
  if (existing) {
    if (existing.state.mode !== "workshop") await runWorkshopCommand(actor, slug, roundId, { type: "set-mode", mode: "workshop" });
    return;
  }
  const framework = await frameworkOf({ ...round, workspaceId: access.workspace.id });
  const initial = initialWorkshopState(framework.dimensions.map((dimension) => dimension.id));
  for (let attempt = 0; ; attempt += 1) {
    try {
      await getDb().$transaction(async (tx) => {
        await tx.workshop.create({ data: { roundId: round.id, currentDimensionId: initial.currentDimensionId, joinCode: newJoinCode() } });
        await recordWorkshopEvent(tx, round.id, "started", initial.currentDimensionId);
        await recordAuditEvent(tx, { action: "workshop.started", workspaceId: access.workspace.id, actor, targetType: "round", targetId: round.id });
      });
      return;
    } catch (error) {
      // Two facilitators starting at once: the second finds the first's workshop.
      if (await loadWorkshop(getDb(), round.id)) return;
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

const auditedChanges = { mode: "workshop.mode-changed", joining: "workshop.joining-changed" } as const;

/** One step of the facilitator: next, previous, go to, reveal, revote, mode, joining, settings. */
export async function runWorkshopCommand(actor: Actor | null, slug: string, roundId: string, input: unknown): Promise<void> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const command = parseOrThrow(commandInput, input) as WorkshopCommand;
  await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshop(tx, round.id, "update");
    if (!workshop) throw new ValidationError("Start the workshop first.");
    const progress = currentProgress(workshop.state);
    const votes = command.type === "reveal" ? await countVotes(tx, round.id, workshop.state.currentDimensionId, progress.votingRound) : 0;
    const result = applyCommand(workshop.state, command, { roundStatus: workshop.record.roundStatus, votesInCurrentRound: votes, minVotesToReveal: privacyMinimum(workshop) });
    if (!result.ok) throw new ValidationError(result.problem);
    await saveWorkshop(tx, round.id, workshop.state, result.state);
    if (result.change === "revealed") await publishRevealedVotes(tx, round.id, workshop.state.currentDimensionId, progress.votingRound);
    await recordWorkshopEvent(tx, round.id, result.change, result.state.currentDimensionId);
    if (result.change === "mode" || result.change === "joining") {
      await recordAuditEvent(tx, {
        action: auditedChanges[result.change],
        workspaceId: access.workspace.id,
        actor,
        targetType: "round",
        targetId: round.id,
        details: result.change === "mode" ? { mode: result.state.mode } : { joinOpen: result.state.joinOpen },
      });
    }
  });
}

async function countVotes(tx: Prisma.TransactionClient, roundId: string, dimensionId: string, votingRound: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "Vote" v JOIN "Participant" p ON p.id = v."participantId"
    WHERE v."roundId" = ${roundId} AND v."dimensionId" = ${dimensionId} AND v."votingRound" = ${votingRound} AND p."revokedAt" IS NULL`;
  return Number(row?.count ?? 0);
}

/**
 * Once revealed, each vote becomes its voter's answer for the dimension (what the results count),
 * replacing an earlier answer or revote. Until then the results never see it. A comment the vote
 * does not have keeps the answer's earlier one.
 */
async function publishRevealedVotes(tx: Prisma.TransactionClient, roundId: string, dimensionId: string, votingRound: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment, revision, "updatedAt")
    SELECT gen_random_uuid()::text, v."participantId", v."roundId", r."levelCount", v."dimensionId", v."currentLevel", v."currentDontKnow", v."targetLevel", v."targetDontKnow", v.comment, 1, now()
    FROM "Vote" v JOIN "Participant" p ON p.id = v."participantId" JOIN "Round" r ON r.id = v."roundId"
    WHERE v."roundId" = ${roundId} AND v."dimensionId" = ${dimensionId} AND v."votingRound" = ${votingRound} AND p."revokedAt" IS NULL
    ON CONFLICT ("participantId", "dimensionId") DO UPDATE SET
      "currentLevel" = EXCLUDED."currentLevel", "currentDontKnow" = EXCLUDED."currentDontKnow",
      "targetLevel" = EXCLUDED."targetLevel", "targetDontKnow" = EXCLUDED."targetDontKnow",
      comment = COALESCE(EXCLUDED.comment, "Response".comment),
      revision = "Response".revision + 1, "updatedAt" = now()`;
}

/** The agreed levels for the dimension on screen, after its votes were revealed. Audit-logged. */
export async function recordConsensus(actor: Actor | null, slug: string, roundId: string, input: unknown): Promise<void> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const framework = await frameworkOf({ ...round, workspaceId: access.workspace.id });
  const consensus = parseOrThrow(consensusInput(framework.levels.length), input);
  await getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshop(tx, round.id, "update");
    if (!workshop) throw new ValidationError("Start the workshop first.");
    if (consensus.dimensionId !== workshop.state.currentDimensionId) throw new ValidationError("The presenter has moved to another dimension. Reload and record it there.");
    const result = applyCommand(workshop.state, { type: "agree" }, { roundStatus: workshop.record.roundStatus, votesInCurrentRound: 0, minVotesToReveal: privacyMinimum(workshop) });
    if (!result.ok) throw new ValidationError(result.problem);
    const { votingRound } = currentProgress(workshop.state);
    const recorded = {
      currentLevel: consensus.currentLevel,
      targetLevel: consensus.targetLevel,
      rationale: consensus.rationale,
      dissent: consensus.dissent,
      votingRound,
      recordedById: actor!.userId,
      recordedByName: actor!.name,
    };
    await tx.consensus.upsert({
      where: { roundId_dimensionId: { roundId: round.id, dimensionId: consensus.dimensionId } },
      // The framework was resolved from this round, so its scale is the round's (the foreign key holds them equal).
      create: { roundId: round.id, levelCount: framework.levels.length, dimensionId: consensus.dimensionId, ...recorded },
      update: { ...recorded, recordedAt: new Date() },
    });
    await saveWorkshop(tx, round.id, workshop.state, result.state);
    await recordWorkshopEvent(tx, round.id, "agreed", consensus.dimensionId);
    await recordAuditEvent(tx, {
      action: "workshop.consensus-recorded",
      workspaceId: access.workspace.id,
      actor,
      targetType: "round",
      targetId: round.id,
      details: { dimensionId: consensus.dimensionId, currentLevel: consensus.currentLevel, targetLevel: consensus.targetLevel, votingRound },
    });
  });
}
