import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { toIsoDate } from "@/domain/history/calendar";
import { planGroupEdit, type GroupEditInput } from "@/domain/rounds/group-edit";
import { canonicalGroup, normalizeGroup } from "@/domain/rounds/group-names";
import { roundInput } from "@/domain/rounds/inputs";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";

import type { Actor } from "./auth/session";
import { requireRound, type Round } from "./rounds";
import { fieldErrorsOf } from "./validation";

// Changing a round after it was created: name, dates and groups, and moving one participant to
// another group. Nobody is dropped: participants follow a renamed group, and a group with people in
// it is removed only once the consultant has said where they go.
//
// A closed round keeps its groups: its published figures, per group included, were worked out from
// who was in which group when it closed. Its name and dates can still be corrected (they change no
// figure); to regroup people, reopen it, and closing it again publishes the figures afresh.

export const CLOSED_ROUND_GROUPS_MESSAGE =
  "This round is closed: its published results depend on who is in which group. Reopen the round to change its groups or move participants; closing it again recomputes the results.";

export type GroupCount = { group: string; participants: number };
export type RoundEditContext = { opensOn: string | null; closesOn: string | null; groupCounts: GroupCount[] };

async function participantsByGroup(roundId: string, groups: readonly string[], db: Pick<Prisma.TransactionClient, "participant"> = getDb()) {
  const rows = await db.participant.findMany({ where: { roundId }, select: { id: true, group: true } });
  const counts = new Map<string, number>();
  for (const row of rows) {
    const group = canonicalGroup(row.group, groups);
    if (group !== null) counts.set(normalizeGroup(group), (counts.get(normalizeGroup(group)) ?? 0) + 1);
  }
  return { rows, counts };
}

/** What the edit form needs beyond the round itself: dates as typed, and who is in each group. */
export async function getRoundEditContext(actor: Actor | null, slug: string, roundId: string): Promise<RoundEditContext> {
  const { round } = await requireRound(actor, slug, roundId, "round.manage");
  const { counts } = await participantsByGroup(round.id, round.groups);
  return {
    opensOn: round.opensOn ? toIsoDate(round.opensOn) : null,
    closesOn: round.closesOn ? toIsoDate(round.closesOn) : null,
    groupCounts: round.groups.map((group) => ({ group, participants: counts.get(normalizeGroup(group)) ?? 0 })),
  };
}

export type RoundEditInput = { name: unknown; opensOn: unknown; closesOn: unknown; groups: GroupEditInput };

const sameGroups = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((group, index) => group === b[index]);

/**
 * Saves a round's name, dates and groups in one transaction. The round row is locked first and the
 * groups re-read under the lock, so two consultants editing at once cannot undo each other's moves.
 */
export async function updateRound(actor: Actor | null, slug: string, roundId: string, input: RoundEditInput): Promise<{ round: Round; participantsMoved: number; changed: boolean }> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  // Every problem at once: the name and dates are checked here, the groups under the lock below.
  const parsed = roundInput.safeParse({ name: input.name, opensOn: input.opensOn ?? "", closesOn: input.closesOn ?? "", groups: [] });
  const inputErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const db = getDb();
  let outcome: { participantsMoved: number; changed: boolean };
  try {
    outcome = await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ groups: string[]; status: string }[]>`SELECT groups, status::text AS status FROM "Round" WHERE id = ${round.id} FOR UPDATE`;
      if (!locked) throw new NotFoundError("round");
      const { rows, counts } = await participantsByGroup(round.id, locked.groups, tx);
      const planned = planGroupEdit(locked.groups, counts, input.groups);
      const errors = { ...inputErrors, ...(planned.ok ? {} : { groups: planned.problems }) };
      if (!parsed.success || !planned.ok) throw new ValidationError("Check the highlighted fields.", errors);
      const { data } = parsed;
      const { plan } = planned;
      const groupsChange = !sameGroups(plan.groups, locked.groups);
      if (groupsChange && locked.status === "CLOSED") throw new ValidationError(CLOSED_ROUND_GROUPS_MESSAGE, { groups: [CLOSED_ROUND_GROUPS_MESSAGE] });

      const opensOn = data.opensOn ? new Date(`${data.opensOn}T00:00:00Z`) : null;
      const closesOn = data.closesOn ? new Date(`${data.closesOn}T00:00:00Z`) : null;
      const before = { name: round.name, opensOn: round.opensOn ? toIsoDate(round.opensOn) : null, closesOn: round.closesOn ? toIsoDate(round.closesOn) : null, groups: locked.groups };
      const after = { name: data.name, opensOn: data.opensOn, closesOn: data.closesOn, groups: plan.groups };
      if (JSON.stringify(before) === JSON.stringify(after)) return { participantsMoved: 0, changed: false };

      // Participants whose group changes, batched by where they go.
      const byTarget = new Map<string | null, string[]>();
      for (const row of groupsChange ? rows : []) {
        const target = plan.regroup(row.group);
        if (target !== canonicalGroup(row.group, locked.groups)) byTarget.set(target, [...(byTarget.get(target) ?? []), row.id]);
      }
      for (const [group, ids] of byTarget) await tx.participant.updateMany({ where: { id: { in: ids }, roundId: round.id }, data: { group } });
      const participantsMoved = [...byTarget.values()].reduce((sum, ids) => sum + ids.length, 0);

      const updated = await tx.round.update({ where: { id: round.id }, data: { name: data.name, opensOn, closesOn, groups: plan.groups }, select: { id: true } });
      await recordAuditEvent(tx, {
        action: "round.updated",
        workspaceId: access.workspace.id,
        actor,
        targetType: "round",
        targetId: updated.id,
        details: { before, after, renamedGroups: plan.renames, removedGroups: plan.removals, participantsMoved },
      });
      return { participantsMoved, changed: true };
    });
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
      throw new ValidationError("Check the highlighted fields.", { name: ["This organization already has a round with this name."] });
    }
    throw error;
  }
  const fresh = outcome.changed ? (await requireRound(actor, slug, round.id, "round.manage")).round : round;
  return { round: fresh, ...outcome };
}

/** Moves one participant to another of the round's groups (or to no group). Their answers go with them. */
export async function moveParticipant(actor: Actor | null, slug: string, roundId: string, participantId: string, group: unknown): Promise<{ displayName: string; from: string | null; to: string | null }> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  if (round.status === "CLOSED") throw new ValidationError(CLOSED_ROUND_GROUPS_MESSAGE);
  if (typeof group !== "string" || group.length > 100) throw new ValidationError("Choose a group.", { group: ["Choose a group."] });
  const target = group.trim() === "" ? null : (round.groups.find((listed) => normalizeGroup(listed) === normalizeGroup(group)) ?? undefined);
  if (target === undefined) throw new ValidationError("Check the highlighted fields.", { group: [`"${group}" is not one of this round's groups.`] });
  return getDb().$transaction(async (tx) => {
    // The round row is locked as a group edit locks it, so a move cannot land on a group being removed.
    const [locked] = await tx.$queryRaw<{ groups: string[]; status: string }[]>`SELECT groups, status::text AS status FROM "Round" WHERE id = ${round.id} FOR UPDATE`;
    if (!locked || locked.status === "CLOSED") throw new ValidationError(CLOSED_ROUND_GROUPS_MESSAGE);
    if (target !== null && !locked.groups.includes(target)) throw new ValidationError("The round's groups changed meanwhile. Reload the page.");
    const participant = await tx.participant.findFirst({ where: { id: String(participantId), roundId: round.id }, select: { id: true, displayName: true, group: true } });
    if (!participant) throw new NotFoundError("participant");
    const from = canonicalGroup(participant.group, locked.groups);
    if (from === target) return { displayName: participant.displayName, from, to: target };
    await tx.participant.update({ where: { id: participant.id }, data: { group: target } });
    await recordAuditEvent(tx, { action: "participant.moved", workspaceId: access.workspace.id, actor, targetType: "participant", targetId: participant.id, details: { roundId: round.id, from, to: target } });
    return { displayName: participant.displayName, from, to: target };
  });
}
