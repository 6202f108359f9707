import { createHash, randomBytes, randomUUID } from "node:crypto";

import type pg from "pg";

import { mpem } from "../../../src/domain/frameworks/mpem";
import { withE2eDb } from "./e2e-database";

// Rounds written straight to the database for screens that need history: a closed round some time
// ago, and a follow-up round whose participant took part in it (same e-mail).

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function insertRound(
  db: pg.Client,
  organizationId: string,
  round: { name: string; status: "DRAFT" | "OPEN" | "CLOSED"; closedAt?: Date | null; createdAt?: Date; previousRoundId?: string | null; groups?: string[] },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, groups, "closedAt", "previousRoundId", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())`,
    [
      id,
      organizationId,
      round.name,
      mpem.id,
      mpem.version,
      mpem.levels.length,
      mpem.dimensions.map((dimension) => dimension.id),
      round.status,
      round.groups ?? ["Marketing", "IT"],
      round.closedAt ?? null,
      round.previousRoundId ?? null,
      round.createdAt ?? new Date(),
    ],
  );
  return id;
}

export async function insertParticipant(db: pg.Client, roundId: string, person: { name: string; email: string | null; group: string | null }, levels?: { today: number; needed: number }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const participantId = randomUUID();
  await db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", email, "group", "tokenHash") VALUES ($1, $2, $3, $4, $5, $6)`, [
    participantId,
    roundId,
    person.name,
    person.email,
    person.group,
    hash(token),
  ]);
  if (levels) {
    for (const dimension of mpem.dimensions) {
      await db.query(
        `INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "targetLevel", revision, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, 1, now())`,
        [randomUUID(), participantId, roundId, mpem.levels.length, dimension.id, levels.today, levels.needed],
      );
    }
  }
  return token;
}

/**
 * An organization with a closed round answered by Pat and two colleagues (today 2, needed 3 and
 * more), and an open follow-up round with Pat in it. Returns Pat's new link token.
 */
export async function createFollowUpFixture(organizationId: string): Promise<string> {
  return withE2eDb(async (db) => {
    const previousId = await insertRound(db, organizationId, { name: "H1 2026", status: "CLOSED", closedAt: new Date("2026-05-15T17:00:00Z"), createdAt: new Date("2026-05-01T00:00:00Z") });
    await insertParticipant(db, previousId, { name: "Pat Phone", email: "pat@phone.test", group: "Marketing" }, { today: 2, needed: 3 });
    await insertParticipant(db, previousId, { name: "Quinn", email: "quinn@phone.test", group: "Marketing" }, { today: 3, needed: 4 });
    await insertParticipant(db, previousId, { name: "Ray", email: null, group: "IT" }, { today: 3, needed: 5 });
    const nextId = await insertRound(db, organizationId, { name: "H2 2026", status: "OPEN", previousRoundId: previousId });
    return insertParticipant(db, nextId, { name: "Pat Phone", email: "pat@phone.test", group: "Marketing" });
  });
}
