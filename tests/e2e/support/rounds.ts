import { createHash, randomBytes, randomUUID } from "node:crypto";

import { expect, type Page } from "@playwright/test";

import type { Framework } from "../../../src/domain/framework/framework-schema";
import { mpem } from "../../../src/domain/frameworks/mpem";
import { withE2eDb } from "./e2e-database";

export type FixturePerson = {
  name: string;
  group: string | null;
  today: number | null;
  needed: number | null;
  comment?: string;
  /** False: invited, never answered. */
  answered?: boolean;
  /** Dimensions left unanswered; per dimension, a different level today (null: "don't know"). */
  skip?: string[];
  todayFor?: Record<string, number | null>;
};

/**
 * A round of the signed-in user's workspace with people who answered every dimension the same way,
 * written straight to the database (faster than answering 11 questions per person in a browser).
 * Returns the round page's path and each person's link token.
 */
export async function createAnsweredRound(
  workspaceSlug: string,
  options: { name?: string; status?: "DRAFT" | "OPEN" | "CLOSED"; groups?: string[]; people: FixturePerson[]; framework?: Framework },
): Promise<{ roundPath: string; roundId: string; organizationId: string; tokens: string[] }> {
  const framework = options.framework ?? mpem;
  const roundId = randomUUID();
  const organizationId = randomUUID();
  const tokens: string[] = [];
  await withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = $1`, [workspaceSlug]);
    await db.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, $3, now())`, [organizationId, rows[0]!.id, `Fixture Org ${roundId.slice(0, 6)}`]);
    await db.query(
      `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, groups, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        roundId,
        organizationId,
        options.name ?? "Fixture round",
        framework.id,
        framework.version,
        framework.levels.length,
        framework.dimensions.map((dimension) => dimension.id),
        options.status ?? "OPEN",
        options.groups ?? [],
      ],
    );
    for (const person of options.people) {
      const token = randomBytes(32).toString("base64url");
      tokens.push(token);
      const participantId = randomUUID();
      await db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", "group", "tokenHash", "startedAt") VALUES ($1, $2, $3, $4, $5, $6)`, [
        participantId,
        roundId,
        person.name,
        person.group,
        createHash("sha256").update(token).digest("hex"),
        person.answered === false ? null : new Date(),
      ]);
      if (person.answered === false) continue;
      for (const dimension of framework.dimensions.filter((entry) => !person.skip?.includes(entry.id))) {
        const today = person.todayFor && dimension.id in person.todayFor ? person.todayFor[dimension.id]! : person.today;
        await db.query(
          `INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment, revision, "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, now())`,
          [randomUUID(), participantId, roundId, framework.levels.length, dimension.id, today, today === null, person.needed, person.needed === null, dimension.id === "culture" ? (person.comment ?? null) : null],
        );
      }
    }
  });
  return { roundPath: `/w/${workspaceSlug}/rounds/${roundId}`, roundId, organizationId, tokens };
}

/** The page fits the viewport: no sideways scrolling (what a phone user would hit). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}
