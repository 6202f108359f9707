import { createHash } from "node:crypto";

import { withE2eDb } from "./e2e-database";

export type StoredAnswer = { currentLevel: number | null; targetLevel: number | null; comment: string | null; evidenceUrl: string | null; revision: number };

/** The answer the server holds for a participant's link and one dimension, or null. */
export async function storedAnswer(token: string, dimensionId: string): Promise<StoredAnswer | null> {
  return withE2eDb(async (db) => {
    const { rows } = await db.query<StoredAnswer>(
      `SELECT r."currentLevel", r."targetLevel", r.comment, r."evidenceUrl", r.revision
       FROM "Response" r JOIN "Participant" p ON p.id = r."participantId"
       WHERE p."tokenHash" = $1 AND r."dimensionId" = $2`,
      [createHash("sha256").update(token).digest("hex"), dimensionId],
    );
    return rows[0] ?? null;
  });
}
