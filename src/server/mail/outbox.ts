import "server-only";

import { randomUUID } from "node:crypto";

import { addressProblem } from "@/domain/mail/addresses";
import type { Prisma } from "@/generated/prisma/client";
import { ValidationError } from "@/server/errors";
import { enqueueInTransaction, queues } from "@/server/jobs/queue";

import { getMailConfig } from "./config";
import { hashSecret, sealSecret } from "./secret-box";
import type { MailFieldsByKind, MailKind } from "./templates/fields";

// Writing to the outbox. Always inside the caller's transaction: the message row and its delivery
// job exist if, and only if, the change that caused them (a participant's new link, an invitation,
// a reset token) committed. With a mail server configured the row is QUEUED and a job is created;
// without one it is HELD, and waits in the outbox for someone to copy its link.

export type NewMail = {
  [K in MailKind]: {
    kind: K;
    fields: MailFieldsByKind[K];
    toAddress: string;
    toName?: string | null;
    /** The link's token, in clear; stored only sealed, with its hash. */
    secret?: string | null;
    workspaceId?: string | null;
    roundId?: string | null;
    participantId?: string | null;
    invitationId?: string | null;
    userId?: string | null;
    createdById?: string | null;
  };
}[MailKind];

export type QueuedMail = { ids: string[]; held: boolean };

const HOUR_MS = 60 * 60 * 1000;
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/**
 * A workspace sends at most MAIL_HOURLY_LIMIT messages in any 60 minutes (a sliding window over
 * its own outbox rows). Counted under a per-workspace transaction lock, in the transaction that
 * writes the messages, so two batches at once cannot both squeeze under the limit. Held messages
 * leave the server only by hand, so they do not count.
 */
async function enforceHourlyLimit(tx: Prisma.TransactionClient, workspaceId: string, adding: number, limit: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mail-hourly:${workspaceId}`}))`;
  const since = new Date(Date.now() - HOUR_MS);
  const sent = await tx.mailMessage.count({ where: { workspaceId, createdAt: { gt: since }, status: { not: "HELD" } } });
  if (sent + adding <= limit) return;
  // The moment enough of the last hour's messages fall out of the window for this batch to fit.
  const freeing = adding > limit ? null : await tx.mailMessage.findFirst({
    where: { workspaceId, createdAt: { gt: since }, status: { not: "HELD" } },
    orderBy: { createdAt: "asc" },
    skip: sent + adding - limit - 1,
    select: { createdAt: true },
  });
  const when = freeing ? ` Try again after ${timeFormat.format(new Date(freeing.createdAt.getTime() + HOUR_MS))} (UTC), or send to fewer people.` : " Send to fewer people at a time.";
  throw new ValidationError(
    `This workspace may send at most ${limit} e-mails an hour. ${sent} went out in the last hour, so ${adding === 1 ? "this one" : `these ${adding}`} cannot be queued now.${when}`,
  );
}

/** Queues messages as part of `tx` (or holds them in the outbox when no mail server is configured). */
export async function queueMail(tx: Prisma.TransactionClient, mails: NewMail[]): Promise<QueuedMail> {
  if (mails.length === 0) return { ids: [], held: false };
  const config = getMailConfig();
  // The callers name people and their bad addresses first; this is the last line of defence.
  const bad = mails.find((mail) => addressProblem(mail.toAddress));
  if (bad) throw new ValidationError(`${bad.toName ?? "A recipient"} ${addressProblem(bad.toAddress)}.`);

  const byWorkspace = new Map<string, number>();
  for (const mail of mails) if (mail.workspaceId) byWorkspace.set(mail.workspaceId, (byWorkspace.get(mail.workspaceId) ?? 0) + 1);
  if (config.isConfigured) {
    for (const [workspaceId, count] of byWorkspace) await enforceHourlyLimit(tx, workspaceId, count, config.hourlyLimit);
  }

  const status = config.isConfigured ? "QUEUED" : "HELD";
  const rows = mails.map((mail) => ({
    id: randomUUID(),
    kind: mail.kind,
    status,
    toAddress: mail.toAddress,
    toName: mail.toName ?? null,
    fields: mail.fields as unknown as Prisma.InputJsonObject,
    sealedSecret: mail.secret ? sealSecret(mail.secret) : null,
    secretHash: mail.secret ? hashSecret(mail.secret) : null,
    workspaceId: mail.workspaceId ?? null,
    roundId: mail.roundId ?? null,
    participantId: mail.participantId ?? null,
    invitationId: mail.invitationId ?? null,
    userId: mail.userId ?? null,
    createdById: mail.createdById ?? null,
  })) satisfies Prisma.MailMessageCreateManyInput[];
  await tx.mailMessage.createMany({ data: rows });
  if (config.isConfigured) {
    await enqueueInTransaction(
      tx,
      queues.sendMail.name,
      rows.map((row) => ({ data: { messageId: row.id } })),
    );
  }
  return { ids: rows.map((row) => row.id), held: !config.isConfigured };
}
