import type { DbClient } from "./db-client";
import { createParticipant } from "./rounds";

export type Levels = readonly [current: number | null, target: number | null];

/** One participant answering every dimension given, written straight to the table. */
export async function storeAnswers(
  db: DbClient,
  roundId: string,
  answers: Record<string, Levels>,
  options: { group?: string | null; displayName?: string; comments?: Record<string, string> } = {},
) {
  const { participant } = await createParticipant(db, roundId, { group: options.group, displayName: options.displayName });
  // The round's scale rides on every answer (a foreign key holds it to the round's).
  const { levelCount } = await db.round.findUniqueOrThrow({ where: { id: roundId }, select: { levelCount: true } });
  await db.response.createMany({
    data: Object.entries(answers).map(([dimensionId, [currentLevel, targetLevel]]) => ({
      participantId: participant.id,
      roundId,
      levelCount,
      dimensionId,
      currentLevel,
      currentDontKnow: currentLevel === null,
      targetLevel,
      targetDontKnow: targetLevel === null,
      comment: options.comments?.[dimensionId] ?? null,
      revision: 1,
    })),
  });
  return participant;
}

/** The same levels on every dimension id given. */
export function everyDimension(dimensionIds: readonly string[], levels: Levels, overrides: Record<string, Levels> = {}): Record<string, Levels> {
  return Object.fromEntries(dimensionIds.map((id) => [id, overrides[id] ?? levels]));
}
