import "server-only";

import { canonicalGroup } from "@/domain/rounds/group-names";
import { participantInput, type ParticipantInput } from "@/domain/rounds/inputs";
import { findDuplicates } from "@/domain/rounds/participant-duplicates";
import { parseParticipantList } from "@/domain/rounds/participant-list";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";

import type { Actor } from "./auth/session";
import { newParticipantToken } from "./participant-tokens";
import { publishRoundFigures } from "./published-figures";
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

export type DuplicateChoice = "ask" | "skip" | "add";
export type DuplicatePerson = { line: number | null; displayName: string; reason: "in-round" | "in-list" };

/** People who seem to be in the round already: nothing was added; the consultant chooses. */
export class DuplicateParticipantsError extends ValidationError {
  constructor(readonly duplicates: DuplicatePerson[]) {
    const count = duplicates.length;
    super(`${count === 1 ? "1 person" : `${count} people`} on this list ${count === 1 ? "seems" : "seem"} to be in the round already. Nobody was added yet: skip them, or add them anyway.`);
    this.name = "DuplicateParticipantsError";
  }
}

type AddInput = ({ list: string } | { displayName: unknown; email: unknown; group: unknown }) & { onDuplicate?: DuplicateChoice };
type Candidate = ParticipantInput & { line: number | null };

/** Validates every line first (all or nothing), matching groups case-insensitively in the round's spelling. */
function candidatesFrom(input: AddInput, groups: readonly string[]): Candidate[] {
  const withRoundGroup = (participant: ParticipantInput) => ({ ...participant, group: canonicalGroup(participant.group, groups) });
  const groupProblem = (group: string | null) =>
    group && groups.length > 0 && !groups.includes(group) ? `"${group}" is not one of this round's groups (${groups.join(", ")}).` : null;
  if (!("list" in input)) {
    const participant = withRoundGroup(parseOrThrow(participantInput, { displayName: input.displayName, email: input.email ?? "", group: input.group ?? "" }));
    const problem = groupProblem(participant.group);
    if (problem) throw new ValidationError("Check the highlighted fields.", { group: [problem] });
    return [{ ...participant, line: null }];
  }
  const { entries } = parseParticipantList(String(input.list ?? ""));
  if (entries.length === 0) throw new ValidationError("Check the highlighted fields.", { list: ["Paste at least one participant, one per line."] });
  if (entries.length > 500) throw new ValidationError("Check the highlighted fields.", { list: ["Add at most 500 participants at a time."] });
  const problems: string[] = [];
  const candidates = entries.flatMap((entry) => {
    const result = participantInput.safeParse(entry);
    const participant = result.success ? withRoundGroup(result.data) : null;
    const problem = participant ? groupProblem(participant.group) : Object.values(fieldErrorsOf(result.error!)).flat().join(" ");
    if (problem) problems.push(`Line ${entry.line}: ${problem}`);
    return participant ? [{ ...participant, line: entry.line }] : [];
  });
  // All or nothing: a list with one bad line adds no one, so a corrected paste cannot duplicate.
  if (problems.length > 0) throw new ValidationError("Check the highlighted fields.", { list: problems });
  return candidates;
}

/**
 * Adds participants one by one or from a pasted list. Every line is validated first; if any line is
 * wrong, nothing is added and the errors name the lines. Someone who seems to be in the round
 * already (or twice on the list) is never added silently: by default nothing is added and the
 * duplicates are reported; "skip" adds the others, "add" adds everyone. Links are returned once, here.
 */
export async function addParticipants(actor: Actor | null, slug: string, roundId: string, input: AddInput): Promise<{ links: IssuedLink[]; skipped: number }> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  if (round.status === "CLOSED") throw new ValidationError("This round is closed. Reopen it to add participants.");
  const candidates = candidatesFrom(input, round.groups);
  const choice: DuplicateChoice = input.onDuplicate ?? "ask";
  const existing = await getDb().participant.findMany({ where: { roundId: round.id }, select: { displayName: true, email: true } });
  const duplicates = findDuplicates(candidates, existing);
  if (duplicates.length > 0 && choice === "ask") {
    throw new DuplicateParticipantsError(duplicates.map(({ index, displayName, reason }) => ({ line: candidates[index]!.line, displayName, reason })));
  }
  const skippedIndexes = new Set(choice === "skip" ? duplicates.map((duplicate) => duplicate.index) : []);
  const toAdd = candidates.filter((_, index) => !skippedIndexes.has(index));

  const issued = toAdd.map(({ displayName, email, group }) => ({ participant: { displayName, email, group }, ...newParticipantToken() }));
  const links = await getDb().$transaction(async (tx) => {
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
      details: { count: created.length, skippedAsDuplicates: skippedIndexes.size },
    });
    return created.map((row) => ({ participantId: row.id, displayName: row.displayName, token: tokenByHash.get(row.tokenHash)! }));
  });
  return { links, skipped: skippedIndexes.size };
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
    // Under a share lock, so a close cannot publish in between: a closed round's published figures
    // are recomputed without the deleted answers (nothing of a deleted person stays in history).
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Round" WHERE id = ${round.id} FOR SHARE`;
    const deletedAnswers = await tx.response.count({ where: { participantId: participant.id } });
    await tx.participant.delete({ where: { id: participant.id } });
    if (locked?.status === "CLOSED") await publishRoundFigures(tx, { ...round, workspaceId: access.workspace.id });
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
