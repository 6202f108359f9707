import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { ValidationError } from "@/server/errors";
import { newParticipantToken } from "@/server/participant-tokens";

import { openSecret, SecretUnreadableError } from "./secret-box";

// ─── The rule for putting a participant's link into an e-mail. This is the only place that decides it. ───
//
// Participant.tokenHash keeps only a SHA-256 hash of the link's token, so a link can never be read
// back from the database to be mailed. Therefore:
//
//  1. The first e-mail that carries a person's link mints a new token and stores its hash, in the
//     same transaction that queues the e-mail. Their previous link (one copied by hand before) stops
//     working at that moment; the round page says so before anyone presses "Send".
//  2. The minted token travels to the worker sealed inside the message row (secret-box.ts), never in
//     clear.
//  3. Later e-mails to the same person (a resend, a manual or automatic reminder) carry the SAME
//     link, opened from the newest message that holds it, as long as it is still their current
//     link (its hash equals Participant.tokenHash) and it is not withdrawn. A reminder must never
//     replace the link a person is using: their unsent answers wait on their device under it.
//  4. After "New link" or "Withdraw link" the sealed copies are stale (the hash no longer matches):
//     the worker cancels queued messages that carry them, a resend mints again (rule 1), and
//     reminders skip the person until they are sent a link again. A withdrawn person gets nothing.

export type LinkHolder = { id: string; tokenHash: string; revokedAt: Date | null };
export type MailLink = { token: string; minted: boolean };

/** The current link of each participant that was mailed one before (rule 3); others are absent. */
export async function currentMailedLinks(tx: Pick<Prisma.TransactionClient, "$queryRaw">, participants: LinkHolder[]): Promise<Map<string, string>> {
  const live = participants.filter((participant) => !participant.revokedAt);
  if (live.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ participantId: string; sealedSecret: string }[]>`
    SELECT DISTINCT ON (m."participantId") m."participantId", m."sealedSecret"
    FROM "MailMessage" m
    JOIN "Participant" p ON p.id = m."participantId" AND p."tokenHash" = m."secretHash"
    WHERE m."participantId" = ANY(${live.map((participant) => participant.id)}::text[]) AND m."sealedSecret" IS NOT NULL
    ORDER BY m."participantId", m."createdAt" DESC`;
  const links = new Map<string, string>();
  for (const row of rows) {
    try {
      links.set(row.participantId, openSecret(row.sealedSecret));
    } catch (error) {
      // Sealed under an AUTH_SECRET that has since changed: as good as never mailed.
      if (!(error instanceof SecretUnreadableError)) throw error;
    }
  }
  return links;
}

/**
 * The link to put in each person's e-mail: the current mailed one where there is one (rule 3),
 * otherwise a newly minted one (rule 1). Withdrawn people are refused by the callers before this.
 */
export async function linksForMail(tx: Prisma.TransactionClient, participants: LinkHolder[]): Promise<Map<string, MailLink>> {
  if (participants.some((participant) => participant.revokedAt)) throw new Error("Withdrawn links are never mailed.");
  const reused = await currentMailedLinks(tx, participants);
  const links = new Map<string, MailLink>([...reused].map(([id, token]) => [id, { token, minted: false }]));
  const toMint = participants.filter((participant) => !reused.has(participant.id)).map((participant) => ({ participant, ...newParticipantToken() }));
  if (toMint.length > 0) {
    // Each update names the hash it replaces, so a "New link" pressed meanwhile is not overwritten.
    const updated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Participant" AS p SET "tokenHash" = v.hash
      FROM unnest(${toMint.map((item) => item.participant.id)}::text[], ${toMint.map((item) => item.tokenHash)}::text[], ${toMint.map((item) => item.participant.tokenHash)}::text[]) AS v(id, hash, old)
      WHERE p.id = v.id AND p."tokenHash" = v.old AND p."revokedAt" IS NULL
      RETURNING p.id`;
    if (updated.length !== toMint.length) throw new ValidationError("Someone changed these participants' links meanwhile. Reload the page and send again.");
    for (const item of toMint) links.set(item.participant.id, { token: item.token, minted: true });
  }
  return links;
}
