import "server-only";

import { parseParticipantList, participantInput, type ParticipantInput } from "@/domain/rounds/inputs";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";

import type { Actor } from "./auth/session";
import { newParticipantToken } from "./participant-tokens";
import { requireRound } from "./rounds";
import { fieldErrorsOf, parseOrThrow } from "./validation";

export type ParticipantProgress = {
  id: string;
  displayName: string;
  email: string | null;
  group: string | null;
  /** Dimensions fully answered (today and needed). */
  answered: number;
  /** Stored answers of any kind, half-finished ones included: what deleting them removes. */
  savedAnswers: number;
  startedAt: Date | null;
  submittedAt: Date | null;
  revokedAt: Date | null;
};

/** Participants with how many dimensions each has fully answered, in one query. */
export async function listParticipants(actor: Actor | null, slug: string, roundId: string): Promise<ParticipantProgress[]> {
  const { round } = await requireRound(actor, slug, roundId, "round.read");
  const rows = await getDb().$queryRaw<(Omit<ParticipantProgress, "answered" | "savedAnswers"> & { answered: bigint; savedAnswers: bigint })[]>`
    SELECT p.id, p."displayName", p.email, p."group", p."startedAt", p."submittedAt", p."revokedAt",
           count(r.id) FILTER (
             WHERE (r."currentLevel" IS NOT NULL OR r."currentDontKnow") AND (r."targetLevel" IS NOT NULL OR r."targetDontKnow")
           ) AS answered,
           count(r.id) AS "savedAnswers"
    FROM "Participant" p
    LEFT JOIN "Response" r ON r."participantId" = p.id
    WHERE p."roundId" = ${round.id}
    GROUP BY p.id
    ORDER BY p."createdAt", p.id`;
  return rows.map((row) => ({ ...row, answered: Number(row.answered), savedAnswers: Number(row.savedAnswers) }));
}

export type IssuedLink = { participantId: string; displayName: string; token: string };

/**
 * Adds participants one by one or from a pasted list. Every line is validated first; if any line is
 * wrong, nothing is added and the errors name the lines. Links are returned once, here.
 */
export async function addParticipants(actor: Actor | null, slug: string, roundId: string, input: { list: string } | { displayName: unknown; email: unknown; group: unknown }): Promise<IssuedLink[]> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  if (round.status === "CLOSED") throw new ValidationError("This round is closed. Reopen it to add participants.");
  const groupProblem = (group: string | null) =>
    group && round.groups.length > 0 && !round.groups.includes(group) ? `"${group}" is not one of this round's groups (${round.groups.join(", ")}).` : null;

  let parsed: ParticipantInput[];
  if ("list" in input) {
    const entries = parseParticipantList(String(input.list ?? ""));
    if (entries.length === 0) throw new ValidationError("Check the highlighted fields.", { list: ["Paste at least one participant, one per line."] });
    if (entries.length > 500) throw new ValidationError("Check the highlighted fields.", { list: ["Add at most 500 participants at a time."] });
    const problems: string[] = [];
    parsed = entries.flatMap((entry) => {
      const result = participantInput.safeParse(entry);
      const problem = result.success ? groupProblem(result.data.group) : Object.values(fieldErrorsOf(result.error)).flat().join(" ");
      if (problem) problems.push(`Line ${entry.line}: ${problem}`);
      return result.success ? [result.data] : [];
    });
    // All or nothing: a list with one bad line adds no one, so a corrected paste cannot duplicate.
    if (problems.length > 0) throw new ValidationError("Check the highlighted fields.", { list: problems });
  } else {
    const participant = parseOrThrow(participantInput, { displayName: input.displayName, email: input.email ?? "", group: input.group ?? "" });
    const problem = groupProblem(participant.group);
    if (problem) throw new ValidationError("Check the highlighted fields.", { group: [problem] });
    parsed = [participant];
  }

  const issued = parsed.map((participant) => ({ participant, ...newParticipantToken() }));
  return getDb().$transaction(async (tx) => {
    const created = await tx.participant.createManyAndReturn({
      data: issued.map(({ participant, tokenHash }) => ({ roundId: round.id, ...participant, tokenHash })),
      select: { id: true, displayName: true, tokenHash: true },
    });
    const tokenByHash = new Map(issued.map(({ token, tokenHash }) => [tokenHash, token]));
    await recordAuditEvent(tx, {
      action: "participant.added",
      workspaceId: access.workspace.id,
      actor,
      targetType: "round",
      targetId: round.id,
      details: { count: created.length },
    });
    return created.map((row) => ({ participantId: row.id, displayName: row.displayName, token: tokenByHash.get(row.tokenHash)! }));
  });
}

async function findParticipant(roundId: string, participantId: string) {
  const participant = await getDb().participant.findFirst({ where: { id: String(participantId), roundId }, select: { id: true, displayName: true } });
  if (!participant) throw new NotFoundError("participant");
  return participant;
}

/** A new link for a participant; the old one stops working at once. */
export async function reissueParticipantLink(actor: Actor | null, slug: string, roundId: string, participantId: string): Promise<IssuedLink> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const participant = await findParticipant(round.id, participantId);
  const { token, tokenHash } = newParticipantToken();
  await getDb().$transaction(async (tx) => {
    await tx.participant.update({ where: { id: participant.id }, data: { tokenHash, revokedAt: null } });
    await recordAuditEvent(tx, { action: "participant.link-reissued", workspaceId: access.workspace.id, actor, targetType: "participant", targetId: participant.id });
  });
  return { participantId: participant.id, displayName: participant.displayName, token };
}

export async function revokeParticipantLink(actor: Actor | null, slug: string, roundId: string, participantId: string): Promise<void> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const participant = await findParticipant(round.id, participantId);
  await getDb().$transaction(async (tx) => {
    await tx.participant.update({ where: { id: participant.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, { action: "participant.link-revoked", workspaceId: access.workspace.id, actor, targetType: "participant", targetId: participant.id });
  });
}

/**
 * On a participant's request: removes them from the round with every answer they gave (comments and
 * evidence links included), closed rounds too. The audit log keeps that it happened and how many
 * answers went, never their name or what they answered.
 */
export async function deleteParticipant(actor: Actor | null, slug: string, roundId: string, participantId: string): Promise<{ deletedAnswers: number }> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const participant = await findParticipant(round.id, participantId);
  return getDb().$transaction(async (tx) => {
    const deletedAnswers = await tx.response.count({ where: { participantId: participant.id } });
    await tx.participant.delete({ where: { id: participant.id } });
    await recordAuditEvent(tx, {
      action: "participant.deleted",
      workspaceId: access.workspace.id,
      actor,
      targetType: "participant",
      targetId: participant.id,
      details: { roundId: round.id, answers: deletedAnswers },
    });
    return { deletedAnswers };
  });
}
