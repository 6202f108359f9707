import { createHash, randomBytes } from "node:crypto";

import { frameworkScale } from "../../src/domain/framework/framework-queries";
import { mpem } from "../../src/domain/frameworks/mpem";
import type { Prisma } from "../../src/generated/prisma/client";

// Closed demo rounds with believable answers, written straight into the database (the seed runs
// outside the app). Links get random tokens nobody knows: demo participants are never meant to log in.

export type DemoPerson = { displayName: string; email: string; group: string };
export type DemoAnswer = { current: number | null; target: number; comment?: string | null };

export type DemoRoundSpec = {
  organizationId: string;
  name: string;
  groups: string[];
  /** Planned dates (YYYY-MM-DD); the round opened at 09:00 on the first and closed at 17:00 on the last. */
  opensOn: string;
  closesOn: string;
  previousRoundId?: string;
  people: readonly DemoPerson[];
  /** Each person's answer for each dimension, or null for one they left out. */
  answer: (person: DemoPerson, personIndex: number, dimensionId: string, dimensionIndex: number) => DemoAnswer | null;
};

const level = (value: number) => Math.min(mpem.levels.length, Math.max(1, value));

export async function seedClosedRound(tx: Prisma.TransactionClient, spec: DemoRoundSpec) {
  const round = await tx.round.create({
    data: {
      organizationId: spec.organizationId,
      name: spec.name,
      frameworkId: mpem.id,
      frameworkVersion: mpem.version,
      ...frameworkScale(mpem),
      status: "CLOSED",
      groups: spec.groups,
      opensOn: new Date(`${spec.opensOn}T00:00:00Z`),
      closesOn: new Date(`${spec.closesOn}T00:00:00Z`),
      openedAt: new Date(`${spec.opensOn}T09:00:00Z`),
      closedAt: new Date(`${spec.closesOn}T17:00:00Z`),
      previousRoundId: spec.previousRoundId ?? null,
    },
  });
  for (const [personIndex, person] of spec.people.entries()) {
    const participant = await tx.participant.create({
      data: {
        roundId: round.id,
        displayName: person.displayName,
        email: person.email,
        group: person.group,
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        startedAt: new Date(`${spec.opensOn}T10:00:00Z`),
        submittedAt: new Date(`${spec.opensOn}T11:00:00Z`),
      },
    });
    const answers = mpem.dimensions.flatMap((dimension, dimensionIndex) => {
      const given = spec.answer(person, personIndex, dimension.id, dimensionIndex);
      if (!given) return [];
      return [
        {
          participantId: participant.id,
          roundId: round.id,
          levelCount: round.levelCount,
          dimensionId: dimension.id,
          currentLevel: given.current === null ? null : level(given.current),
          currentDontKnow: given.current === null,
          targetLevel: level(Math.max(given.target, given.current ?? 1)),
          comment: given.comment ?? null,
          revision: 1,
        },
      ];
    });
    await tx.response.createMany({ data: answers });
  }
  return round;
}
