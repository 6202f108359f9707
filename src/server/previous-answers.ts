import "server-only";

import { officialLevelsFrom, previousFindings, previousSelf, type PreviousFindings } from "@/domain/history/previous-findings";
import { scoreRound } from "@/domain/scoring/round-scoring";
import { getDb } from "@/server/db";
import { resolveFramework } from "@/server/frameworks";
import { readRoundAnswers, toStoredAnswer } from "@/server/round-answers";

import { hashParticipantToken, looksLikeParticipantToken } from "./participant-tokens";
import { consensusEntriesOf } from "./workshop/consensus";

// For a participant of a follow-up round: what their previous round found, dimension by dimension.
// Their own earlier answers are found by e-mail (the new round's participants are new rows with new
// links), and the previous round's result is worked out as its results page does (the consensus
// where the workshop recorded one, else the median), withholding what rests on too few people. Only a closed previous round of the same organization and the same
// framework version counts: an open one has no result yet, another version asks other questions.

/** Null when the link's round has no closed previous round to compare with (or the link does not open). */
export async function getPreviousFindings(token: unknown): Promise<PreviousFindings | null> {
  if (!looksLikeParticipantToken(token)) return null;
  const db = getDb();
  const participant = await db.participant.findUnique({
    where: { tokenHash: hashParticipantToken(token) },
    select: { id: true, email: true, revokedAt: true, round: { select: { previousRoundId: true, organizationId: true, frameworkId: true, frameworkVersion: true, organization: { select: { workspaceId: true } } } } },
  });
  if (!participant || participant.revokedAt || !participant.round.previousRoundId) return null;
  const { round } = participant;
  const previous = await db.round.findFirst({
    where: { id: round.previousRoundId!, organizationId: round.organizationId, status: "CLOSED", frameworkId: round.frameworkId, frameworkVersion: round.frameworkVersion },
    select: { id: true, name: true, minGroupSize: true, groups: true, frameworkId: true, frameworkVersion: true },
  });
  if (!previous) return null;
  const [previousParticipants, rows, consensus] = await Promise.all([
    db.participant.findMany({ where: { roundId: previous.id, email: { not: null } }, select: { id: true, email: true } }),
    readRoundAnswers(db, previous.id),
    // The workshop's agreed levels are the round's official result where recorded.
    consensusEntriesOf(previous.id),
  ]);
  const framework = await resolveFramework(round.organization.workspaceId, previous.frameworkId, previous.frameworkVersion);
  const self = previousSelf(participant, previousParticipants);
  const scores = scoreRound(framework, rows.map(toStoredAnswer), { minGroupSize: previous.minGroupSize, groupOrder: previous.groups, consensus });
  return previousFindings({
    roundName: previous.name,
    dimensionIds: framework.dimensions.map((dimension) => dimension.id),
    ownResponses: self ? rows.filter((row) => row.participantId === self.id) : [],
    official: officialLevelsFrom(scores),
  });
}
