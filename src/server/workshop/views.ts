import "server-only";

import { buildReveal, type RevealVote } from "@/domain/workshop/reveal";
import type { AttendeeView, FacilitatorView, SharedView } from "@/domain/workshop/views";
import { currentProgress, positionOf, progressOf } from "@/domain/workshop/workshop-machine";
import { getDb } from "@/server/db";

import { loadWorkshop, type LoadedWorkshop } from "./state";

// The views the streams and pages send. Levels are selected from the database only once the
// current dimension is revealed: before that, the query itself asks for nothing but who voted.

/** Fewest votes a reveal may show, and fewest people behind any group figure in it: the round's results minimum. */
export function privacyMinimum(workshop: LoadedWorkshop): number {
  return workshop.record.minGroupSize;
}

async function latestEventId(roundId: string): Promise<bigint> {
  const [row] = await getDb().$queryRaw<{ id: bigint | null }[]>`SELECT max(id) AS id FROM "WorkshopEvent" WHERE "roundId" = ${roundId}`;
  return row?.id ?? 0n;
}

type Participant = { id: string; displayName: string; group: string | null };

async function readShared(workshop: LoadedWorkshop, eventId: bigint): Promise<{ shared: SharedView; participants: Participant[]; voterIds: Set<string> }> {
  const { record, state, framework } = workshop;
  const db = getDb();
  const dimensionId = state.currentDimensionId;
  const progress = currentProgress(state);
  const revealed = progress.phase !== "voting";
  const participants = await db.$queryRaw<Participant[]>`
    SELECT id, "displayName", "group" FROM "Participant" WHERE "roundId" = ${record.roundId} AND "revokedAt" IS NULL ORDER BY "createdAt", id`;
  const active = new Set(participants.map((participant) => participant.id));
  let voterIds: Set<string>;
  let reveal: SharedView["reveal"] = null;
  if (revealed) {
    const votes = await db.$queryRaw<(RevealVote & { currentDontKnow: boolean; targetDontKnow: boolean })[]>`
      SELECT v."participantId", p."group", v."currentLevel", v."targetLevel", v."currentDontKnow", v."targetDontKnow"
      FROM "Vote" v JOIN "Participant" p ON p.id = v."participantId"
      WHERE v."roundId" = ${record.roundId} AND v."dimensionId" = ${dimensionId} AND v."votingRound" = ${progress.votingRound} AND p."revokedAt" IS NULL`;
    voterIds = new Set(votes.map((vote) => vote.participantId));
    reveal = buildReveal(votes, { levels: framework.levels, groupOrder: record.groups, minGroupSize: privacyMinimum(workshop) });
  } else {
    const votes = await db.$queryRaw<{ participantId: string }[]>`
      SELECT "participantId" FROM "Vote" WHERE "roundId" = ${record.roundId} AND "dimensionId" = ${dimensionId} AND "votingRound" = ${progress.votingRound}`;
    voterIds = new Set(votes.map((vote) => vote.participantId).filter((id) => active.has(id)));
  }
  const [consensus] = await db.$queryRaw<{ currentLevel: number | null; targetLevel: number | null }[]>`
    SELECT "currentLevel", "targetLevel" FROM "Consensus" WHERE "roundId" = ${record.roundId} AND "dimensionId" = ${dimensionId}`;
  const shared: SharedView = {
    eventId: eventId.toString(),
    roundStatus: record.roundStatus,
    mode: state.mode,
    joinOpen: state.joinOpen,
    currentDimensionId: dimensionId,
    position: positionOf(state),
    phase: progress.phase,
    votingRound: progress.votingRound,
    participants: participants.length,
    voted: voterIds.size,
    reveal,
    consensus: consensus ?? null,
  };
  return { shared, participants, voterIds };
}

/** For the phones: the same for every attendee of the round. */
export async function readAttendeeView(roundId: string): Promise<AttendeeView | null> {
  const eventId = await latestEventId(roundId);
  const workshop = await loadWorkshop(getDb(), roundId);
  return workshop ? (await readShared(workshop, eventId)).shared : null;
}

/** For the presenter. Callers check that the reader may see the round. */
export async function readFacilitatorView(roundId: string): Promise<FacilitatorView | null> {
  const eventId = await latestEventId(roundId);
  const workshop = await loadWorkshop(getDb(), roundId);
  if (!workshop) return null;
  const { shared, participants, voterIds } = await readShared(workshop, eventId);
  const [details] = await getDb().$queryRaw<FacilitatorView["consensusDetails"][]>`
    SELECT rationale, dissent, "recordedByName", "votingRound" FROM "Consensus" WHERE "roundId" = ${roundId} AND "dimensionId" = ${workshop.state.currentDimensionId}`;
  return {
    ...shared,
    joinCode: workshop.record.joinCode,
    showWhoHasNotVoted: workshop.state.showWhoHasNotVoted,
    notVoted: workshop.state.showWhoHasNotVoted ? participants.filter((participant) => !voterIds.has(participant.id)).map((participant) => participant.displayName) : null,
    consensusDetails: details ?? null,
    dimensions: workshop.state.dimensionIds.map((dimensionId) => ({ dimensionId, ...progressOf(workshop.state, dimensionId) })),
  };
}
