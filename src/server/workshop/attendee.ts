import "server-only";

import { needsReason } from "@/domain/rounds/answer-rules";
import { voteInput } from "@/domain/workshop/inputs";
import type { AttendeeView, OwnVote } from "@/domain/workshop/views";
import { voteProblem } from "@/domain/workshop/workshop-machine";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { hashParticipantToken, looksLikeParticipantToken } from "@/server/participant-tokens";
import { QuestionnaireUnavailable } from "@/server/questionnaire";
import { recordWorkshopEvent } from "@/server/realtime/events";
import { parseOrThrow } from "@/server/validation";

import { frameworkOf, loadWorkshop } from "./state";
import { readAttendeeView } from "./views";

// The attendee's side: their link is the only key. They see the shared view (counts until the
// reveal) and their own vote, never anyone else's.

/** A vote the workshop's state does not allow now (moved on, revealed, revote): 409 with the reason. */
export class VoteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VoteRefused";
  }
}

export type Attendee = { participantId: string; roundId: string; displayName: string; group: string | null; workspaceId: string; frameworkId: string; frameworkVersion: string };

export async function findAttendee(token: unknown): Promise<Attendee> {
  if (!looksLikeParticipantToken(token)) throw new QuestionnaireUnavailable("invalid");
  const [row] = await getDb().$queryRaw<(Attendee & { revokedAt: Date | null })[]>`
    SELECT p.id AS "participantId", p."roundId", p."displayName", p."group", p."revokedAt", o."workspaceId", r."frameworkId", r."frameworkVersion"
    FROM "Participant" p JOIN "Round" r ON r.id = p."roundId" JOIN "Organization" o ON o.id = r."organizationId" WHERE p."tokenHash" = ${hashParticipantToken(token)}`;
  if (!row) throw new QuestionnaireUnavailable("invalid");
  if (row.revokedAt) throw new QuestionnaireUnavailable("revoked");
  const { revokedAt: _revokedAt, ...attendee } = row;
  return attendee;
}

async function readOwnVote(participantId: string, dimensionId: string, votingRound: number): Promise<OwnVote | null> {
  const [vote] = await getDb().$queryRaw<OwnVote[]>`
    SELECT "dimensionId", "votingRound", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment
    FROM "Vote" WHERE "participantId" = ${participantId} AND "dimensionId" = ${dimensionId} AND "votingRound" = ${votingRound}`;
  return vote ?? null;
}

export type AttendeeState = { view: AttendeeView | null; ownVote: OwnVote | null; displayName: string };

/** The shared view and this attendee's own vote on the dimension on screen. */
export async function getAttendeeState(token: unknown): Promise<AttendeeState> {
  const attendee = await findAttendee(token);
  const view = await readAttendeeView(attendee.roundId);
  const ownVote = view ? await readOwnVote(attendee.participantId, view.currentDimensionId, view.votingRound) : null;
  return { view, ownVote, displayName: attendee.displayName };
}

/** Whether the round is being run live right now (so the link opens the workshop screen). */
export async function isWorkshopLive(roundId: string): Promise<boolean> {
  const [row] = await getDb().$queryRaw<{ live: boolean }[]>`
    SELECT (w.mode = 'WORKSHOP' AND r.status = 'OPEN') AS live FROM "Workshop" w JOIN "Round" r ON r.id = w."roundId" WHERE w."roundId" = ${roundId}`;
  return row?.live ?? false;
}

/**
 * Saves the attendee's vote for the current dimension and round of voting; they may change it until
 * the reveal. FOR SHARE on the workshop row: votes run side by side, but a reveal (which locks it
 * for update) waits for votes in flight, and a vote after it sees "revealed" and is refused.
 */
export async function castVote(token: unknown, input: unknown): Promise<OwnVote> {
  const attendee = await findAttendee(token);
  const framework = await frameworkOf(attendee);
  const vote = parseOrThrow(voteInput(framework.levels.length), input);
  if (needsReason(vote)) throw new ValidationError("Check the highlighted fields.", { comment: ["The level needed is below today's: add a comment saying why."] });
  return getDb().$transaction(async (tx) => {
    const workshop = await loadWorkshop(tx, attendee.roundId, "share");
    if (!workshop) throw new VoteRefused("This round is not being run as a live workshop.");
    const problem = voteProblem(workshop.state, workshop.record.roundStatus, vote);
    if (problem) throw new VoteRefused(problem);
    const [saved] = await tx.$queryRaw<OwnVote[]>`
      INSERT INTO "Vote" (id, "roundId", "levelCount", "participantId", "dimensionId", "votingRound", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment, "updatedAt")
      VALUES (gen_random_uuid()::text, ${attendee.roundId}, (SELECT "levelCount" FROM "Round" WHERE id = ${attendee.roundId}), ${attendee.participantId}, ${vote.dimensionId}, ${vote.votingRound},
              ${vote.currentLevel}::int, ${vote.currentDontKnow}, ${vote.targetLevel}::int, ${vote.targetDontKnow}, ${vote.comment}::text, now())
      ON CONFLICT ("participantId", "dimensionId", "votingRound") DO UPDATE SET
        "currentLevel" = EXCLUDED."currentLevel", "currentDontKnow" = EXCLUDED."currentDontKnow",
        "targetLevel" = EXCLUDED."targetLevel", "targetDontKnow" = EXCLUDED."targetDontKnow", comment = EXCLUDED.comment, "updatedAt" = now()
      RETURNING "dimensionId", "votingRound", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment`;
    await tx.$executeRaw`UPDATE "Participant" SET "startedAt" = now() WHERE id = ${attendee.participantId} AND "startedAt" IS NULL`;
    await recordWorkshopEvent(tx, attendee.roundId, "vote", vote.dimensionId);
    return saved!;
  });
}

/** The workshop screen's first state when the round is being run live now, else null (the questionnaire). */
export async function openAttendeeWorkshop(token: unknown): Promise<(AttendeeState & { view: AttendeeView }) | null> {
  const attendee = await findAttendee(token);
  if (!(await isWorkshopLive(attendee.roundId))) return null;
  const state = await getAttendeeState(token);
  return state.view ? { ...state, view: state.view } : null;
}
