import "server-only";

import type { Prisma } from "@/generated/prisma/client";

// Every change to a workshop is written as an event row in the same transaction as the change, and
// announced with NOTIFY, which PostgreSQL delivers only when that transaction commits: a listener
// never hears of a change it cannot read, and a rolled-back change is never announced. The payload
// is ids only ("<roundId>:<eventId>"); whoever listens reads what it needs.

export const WORKSHOP_CHANNEL = "mpem_workshop";

export type WorkshopEventKind = "started" | "moved" | "revealed" | "revote" | "agreed" | "mode" | "joining" | "settings" | "vote" | "joined" | "round-status";

type Writer = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** Records and announces one event; returns its id, the server-sent event id. */
export async function recordWorkshopEvent(db: Writer, roundId: string, kind: WorkshopEventKind, dimensionId: string | null = null): Promise<bigint> {
  const [row] = await db.$queryRaw<{ id: bigint }[]>`
    WITH event AS (
      INSERT INTO "WorkshopEvent" ("roundId", kind, "dimensionId") VALUES (${roundId}, ${kind}, ${dimensionId}) RETURNING id, "roundId"
    )
    SELECT id, pg_notify(${WORKSHOP_CHANNEL}, "roundId" || ':' || id::text)::text AS notified FROM event`;
  // Old events only ever served as "what did I miss" markers; clearing them now and then keeps the
  // table small without a scheduled job (a view's id is the newest event, which this never touches).
  if (Math.random() < 0.001) await db.$executeRaw`DELETE FROM "WorkshopEvent" WHERE "createdAt" < now() - interval '30 days'`;
  return row!.id;
}

export function parseNotification(payload: string | undefined): { roundId: string; eventId: bigint } | null {
  const match = /^([A-Za-z0-9_-]{1,100}):(\d{1,19})$/.exec(payload ?? "");
  return match ? { roundId: match[1]!, eventId: BigInt(match[2]!) } : null;
}
