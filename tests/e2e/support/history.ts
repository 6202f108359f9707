import { createHash, randomBytes, randomUUID } from "node:crypto";

import { mpem } from "../../../src/domain/frameworks/mpem";
import { withE2eDb } from "./e2e-database";

export type Person = {
  name: string;
  group: string | null;
  today: number;
  needed: number;
  /** A different level today for some dimensions. */
  todayFor?: Record<string, number>;
  /** False: invited only; they answer in the browser. */
  answered?: boolean;
};

/** An organization in the workspace, written straight to the database. */
export async function createOrganizationFixture(slug: string, name: string): Promise<string> {
  const id = randomUUID();
  await withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = $1`, [slug]);
    await db.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, $3, now())`, [id, rows[0]!.id, name]);
  });
  return id;
}

/**
 * A round of an existing organization with people who answered every MPEM dimension, written
 * straight to the database (a CLOSED one is published the first time history reads it, as a round
 * closed before figures were kept). Returns its id and each person's link token.
 */
export async function createRoundFixture(
  organizationId: string,
  options: { name: string; status?: "OPEN" | "CLOSED"; groups?: string[]; previousRoundId?: string | null; closedAt?: Date; people: Person[] },
): Promise<{ roundId: string; tokens: string[] }> {
  const roundId = randomUUID();
  const tokens: string[] = [];
  await withE2eDb(async (db) => {
    const status = options.status ?? "OPEN";
    await db.query(
      `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, groups, "previousRoundId", "openedAt", "closedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11, now())`,
      [
        roundId,
        organizationId,
        options.name,
        mpem.id,
        mpem.version,
        mpem.levels.length,
        mpem.dimensions.map((dimension) => dimension.id),
        status,
        options.groups ?? [],
        options.previousRoundId ?? null,
        status === "CLOSED" ? (options.closedAt ?? new Date()) : null,
      ],
    );
    for (const person of options.people) {
      const token = randomBytes(32).toString("base64url");
      tokens.push(token);
      const participantId = randomUUID();
      await db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", "group", "tokenHash") VALUES ($1, $2, $3, $4, $5)`, [
        participantId,
        roundId,
        person.name,
        person.group,
        createHash("sha256").update(token).digest("hex"),
      ]);
      if (person.answered === false) continue;
      for (const dimension of mpem.dimensions) {
        const today = person.todayFor?.[dimension.id] ?? person.today;
        await db.query(
          `INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "targetLevel", revision, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, 1, now())`,
          [randomUUID(), participantId, roundId, mpem.levels.length, dimension.id, today, person.needed],
        );
      }
    }
  });
  return { roundId, tokens };
}
