import "server-only";

import { z } from "zod";

import { toIsoDate } from "@/domain/history/calendar";
import { nextRoundName, proposeNextDates } from "@/domain/history/next-round";
import { canonicalGroup } from "@/domain/rounds/group-names";
import { roundInput } from "@/domain/rounds/inputs";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";

import type { Actor } from "./auth/session";
import { newParticipantToken } from "./participant-tokens";
import type { IssuedLink } from "./participants";
import { requireRound, type Round } from "./rounds";
import { parseOrThrow } from "./validation";

// Re-assessment every six months: the next round starts from a closed one, with its groups, its
// privacy minimum, its framework version and (those the consultant keeps) its participants, each
// with a new link. The closed round's links keep opening its answers read-only, as before.

export type CarriedParticipant = { id: string; displayName: string; email: string | null; group: string | null; linkWithdrawn: boolean };

export type NextRoundProposal = {
  previous: Pick<Round, "id" | "name" | "frameworkId" | "frameworkVersion" | "groups" | "minGroupSize" | "organization">;
  name: string;
  opensOn: string;
  closesOn: string | null;
  participants: CarriedParticipant[];
  /** A round already started from this one: it is the next round, so no second one is offered. */
  followUp: { id: string; name: string } | null;
};

const isoDateOrNull = (date: Date | null) => (date ? toIsoDate(date) : null);

async function loadClosedRound(actor: Actor | null, slug: string, roundId: string) {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  if (round.status !== "CLOSED") throw new ValidationError("The next round starts from a closed round. Close this round first.");
  const organization = await getDb().organization.findUniqueOrThrow({ where: { id: round.organization.id }, select: { archivedAt: true } });
  if (organization.archivedAt) throw new ValidationError("This organization is archived. Restore it before starting a round.");
  return { access, round };
}

/** What the "start the next round" form is prefilled with. */
export async function getNextRoundProposal(actor: Actor | null, slug: string, roundId: string, today: Date = new Date()): Promise<NextRoundProposal> {
  const { round } = await loadClosedRound(actor, slug, roundId);
  const db = getDb();
  const [dates, taken, participants, followUp] = await Promise.all([
    db.round.findUniqueOrThrow({ where: { id: round.id }, select: { opensOn: true, closesOn: true, closedAt: true } }),
    db.round.findMany({ where: { organizationId: round.organization.id }, select: { name: true } }),
    db.participant.findMany({ where: { roundId: round.id }, select: { id: true, displayName: true, email: true, group: true, revokedAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.round.findFirst({ where: { previousRoundId: round.id }, select: { id: true, name: true } }),
  ]);
  const proposed = proposeNextDates({ opensOn: isoDateOrNull(dates.opensOn), closesOn: isoDateOrNull(dates.closesOn), closedAt: dates.closedAt }, toIsoDate(today));
  return {
    previous: round,
    name: nextRoundName(round.name, proposed.opensOn, taken.map((entry) => entry.name)),
    opensOn: proposed.opensOn,
    closesOn: proposed.closesOn,
    participants: participants.map(({ revokedAt, ...participant }) => ({ ...participant, linkWithdrawn: revokedAt !== null })),
    followUp,
  };
}

const carryInput = z.object({
  participantIds: z.array(z.string().max(100), { error: "Choose the participants to carry over." }).max(2000, "Carry over at most 2,000 participants."),
});

/**
 * Creates the next round from a closed one, as a draft: the chosen participants of the closed round
 * come along (name, e-mail, group) with new links, returned once, here. One follow-up per round:
 * the closed round's row is locked while this runs, so two clicks make one round.
 */
export async function startNextRound(actor: Actor | null, slug: string, previousRoundId: string, input: { name: unknown; opensOn: unknown; closesOn: unknown; participantIds: unknown }) {
  const { access, round: previous } = await loadClosedRound(actor, slug, previousRoundId);
  const data = parseOrThrow(roundInput, { name: input.name, opensOn: input.opensOn ?? "", closesOn: input.closesOn ?? "", groups: previous.groups });
  const { participantIds } = parseOrThrow(carryInput, { participantIds: input.participantIds ?? [] });
  const db = getDb();
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${previous.id} FOR UPDATE`;
      const existing = await tx.round.findFirst({ where: { previousRoundId: previous.id }, select: { name: true } });
      // The next round asks the same questions on the same scale as the one it follows.
      const scale = await tx.round.findUniqueOrThrow({ where: { id: previous.id }, select: { levelCount: true, dimensionIds: true } });
      if (existing) throw new ValidationError(`The next round after ${previous.name} has already been started: ${existing.name}.`);
      const people = await tx.participant.findMany({
        where: { roundId: previous.id },
        select: { id: true, displayName: true, email: true, group: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      const wanted = new Set(participantIds);
      const known = new Set(people.map((person) => person.id));
      if ([...wanted].some((id) => !known.has(id))) throw new ValidationError("Some of the chosen participants are no longer in the closed round. Reload the page and choose again.");
      const round = await tx.round.create({
        data: {
          organizationId: previous.organization.id,
          name: data.name,
          frameworkId: previous.frameworkId,
          frameworkVersion: previous.frameworkVersion,
          levelCount: scale.levelCount,
          dimensionIds: scale.dimensionIds,
          opensOn: data.opensOn ? new Date(`${data.opensOn}T00:00:00Z`) : null,
          closesOn: data.closesOn ? new Date(`${data.closesOn}T00:00:00Z`) : null,
          groups: previous.groups,
          minGroupSize: previous.minGroupSize,
          previousRoundId: previous.id,
        },
        select: { id: true, name: true },
      });
      const issued = people
        .filter((person) => wanted.has(person.id))
        .map((person) => ({ person, ...newParticipantToken() }));
      const created = await tx.participant.createManyAndReturn({
        data: issued.map(({ person, tokenHash }) => ({
          roundId: round.id,
          displayName: person.displayName,
          email: person.email,
          group: canonicalGroup(person.group, previous.groups),
          tokenHash,
        })),
        select: { id: true, displayName: true, tokenHash: true },
      });
      await recordAuditEvent(tx, {
        action: "round.started-from-previous",
        workspaceId: access.workspace.id,
        actor,
        targetType: "round",
        targetId: round.id,
        details: { name: round.name, previousRoundId: previous.id, previousRoundName: previous.name, participantsCarriedOver: created.length, participantsLeftOut: people.length - created.length },
      });
      const tokenByHash = new Map(issued.map(({ token, tokenHash }) => [tokenHash, token]));
      const links: IssuedLink[] = created.map((row) => ({ participantId: row.id, displayName: row.displayName, token: tokenByHash.get(row.tokenHash)! }));
      return { round, links };
    });
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
      throw new ValidationError("Check the highlighted fields.", { name: ["This organization already has a round with this name."] });
    }
    throw error;
  }
}

export type RoundLineage = { previous: { id: string; name: string } | null; next: { id: string; name: string } | null };

/** The rounds before and after this one (the previous round it follows, the one started from it). */
export async function getRoundLineage(actor: Actor | null, slug: string, roundId: string): Promise<RoundLineage> {
  const { round } = await requireRound(actor, slug, roundId, "round.read");
  const db = getDb();
  const self = await db.round.findUniqueOrThrow({ where: { id: round.id }, select: { previousRoundId: true } });
  // previousRoundId has no foreign key: the previous round is looked up within the same organization.
  const [previous, next] = await Promise.all([
    self.previousRoundId ? db.round.findFirst({ where: { id: self.previousRoundId, organizationId: round.organization.id }, select: { id: true, name: true } }) : null,
    db.round.findFirst({ where: { previousRoundId: round.id, organizationId: round.organization.id }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } }),
  ]);
  return { previous, next };
}
