import { createHash, randomBytes, randomUUID } from "node:crypto";

import type { DbClient } from "./db-client";

type RoundOverrides = { name?: string; status?: "DRAFT" | "OPEN" | "CLOSED"; groups?: string[] };

export async function createRound(db: DbClient, organizationId: string, overrides: RoundOverrides = {}) {
  return db.round.create({
    data: {
      organizationId,
      name: overrides.name ?? `Round ${randomUUID().slice(0, 6)}`,
      frameworkId: "mpem",
      frameworkVersion: "1.0",
      status: overrides.status ?? "OPEN",
      groups: overrides.groups ?? ["Marketing", "IT", "Leadership"],
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
