import { createHash, randomBytes, randomUUID } from "node:crypto";

import type { Framework } from "../../src/domain/framework/framework-schema";
import { frameworkScale } from "../../src/domain/framework/framework-queries";
import { mpem } from "../../src/domain/frameworks/mpem";
import type { DbClient } from "./db-client";

type RoundOverrides = {
  name?: string;
  status?: "DRAFT" | "OPEN" | "CLOSED";
  groups?: string[];
  previousRoundId?: string | null;
  closedAt?: Date | null;
  minGroupSize?: number;
  frameworkVersion?: string;
  framework?: Framework;
};

/** A round on MPEM unless another framework is given; it stores that framework's scale, as the app does. */
export async function createRound(db: DbClient, organizationId: string, overrides: RoundOverrides = {}) {
  const framework = overrides.framework ?? mpem;
  return db.round.create({
    data: {
      organizationId,
      name: overrides.name ?? `Round ${randomUUID().slice(0, 6)}`,
      frameworkId: framework.id,
      frameworkVersion: overrides.frameworkVersion ?? framework.version,
      ...frameworkScale(framework),
      status: overrides.status ?? "OPEN",
      groups: overrides.groups ?? ["Marketing", "IT", "Leadership"],
      previousRoundId: overrides.previousRoundId ?? null,
      closedAt: overrides.closedAt ?? (overrides.status === "CLOSED" ? new Date() : null),
      minGroupSize: overrides.minGroupSize ?? 3,
    },
  });
}

/** A participant and the plain token of their link (the database keeps only its hash). */
export async function createParticipant(db: DbClient, roundId: string, overrides: { displayName?: string; group?: string | null } = {}) {
  const token = randomBytes(32).toString("base64url");
  const participant = await db.participant.create({
    data: {
      roundId,
      displayName: overrides.displayName ?? `Participant ${randomUUID().slice(0, 4)}`,
      group: overrides.group === undefined ? "Marketing" : overrides.group,
      tokenHash: createHash("sha256").update(token).digest("hex"),
    },
  });
  return { participant, token };
}

/** The device id the tests' saves come from, unless a test names another device. */
export const TEST_DEVICE_ID = "test-device-0123456789";

/** A save as the questionnaire sends it; `revision` is the device's revision for this edit. */
export function answer(
  dimensionId: string,
  currentLevel: number | null,
  targetLevel: number | null,
  revision = 1,
  extra: { comment?: string; evidenceUrl?: string; deviceId?: string } = {},
) {
  return {
    dimensionId,
    currentLevel,
    currentDontKnow: currentLevel === null,
    targetLevel,
    targetDontKnow: targetLevel === null,
    comment: extra.comment ?? "",
    evidenceUrl: extra.evidenceUrl ?? "",
    deviceId: extra.deviceId ?? TEST_DEVICE_ID,
    deviceRevision: revision,
  };
}

/**
 * People who answered every dimension of MPEM, written straight to the database: `today` and `needed`
 * for all dimensions, except where `todayFor` names a dimension (null: "don't know").
 */
export async function addAnsweredPeople(
  db: DbClient,
  roundId: string,
  people: { group: string | null; today: number; needed: number; todayFor?: Record<string, number | null>; email?: string }[],
) {
  for (const person of people) {
    const { participant } = await createParticipant(db, roundId, { group: person.group });
    if (person.email) await db.participant.update({ where: { id: participant.id }, data: { email: person.email } });
    await db.response.createMany({
      data: mpem.dimensions.map((dimension) => {
        const today = person.todayFor && dimension.id in person.todayFor ? person.todayFor[dimension.id]! : person.today;
        return {
          participantId: participant.id,
          roundId,
          levelCount: mpem.levels.length,
          dimensionId: dimension.id,
          currentLevel: today,
          currentDontKnow: today === null,
          targetLevel: person.needed,
          revision: 1,
        };
      }),
    });
  }
}
