import "server-only";

import { answeringMinutes } from "@/domain/mail/answer-time";
import { endOfClosingDay } from "@/domain/mail/reminder-schedule";
import type { Prisma } from "@/generated/prisma/client";

import type { ParticipantMailFields } from "./templates/fields";

// The participants of a round as the mail code sees them, and who may be reminded. One query, so
// the button's count ("Remind the 14…"), the manual reminder and the automatic one agree.

export type RoundForMail = {
  id: string;
  name: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  closesOn: Date | null;
  frameworkId: string;
  frameworkVersion: string;
  /** The dimensions the round asks about, stored with it from its framework. */
  dimensionIds: string[];
  organization: { id: string; name: string };
};

export type MailPerson = {
  id: string;
  displayName: string;
  email: string | null;
  tokenHash: string;
  revokedAt: Date | null;
  submittedAt: Date | null;
  answered: number;
};

export function dimensionCount(round: Pick<RoundForMail, "dimensionIds">): number {
  return round.dimensionIds.length;
}

/** Finished: submitted, or every dimension answered (the round page counts these as finished too). */
export function hasFinished(person: Pick<MailPerson, "submittedAt" | "answered">, dimensions: number): boolean {
  return person.submittedAt !== null || person.answered >= dimensions;
}

/** Whether a round takes reminders at all: open, and its closing day not over. */
export function isRoundRemindable(round: Pick<RoundForMail, "status" | "closesOn">, now = new Date()): boolean {
  return round.status === "OPEN" && (!round.closesOn || now < endOfClosingDay(round.closesOn));
}

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export async function loadMailPeople(db: Reader, roundId: string, onlyIds?: string[]): Promise<MailPerson[]> {
  const rows = await db.$queryRaw<(Omit<MailPerson, "answered"> & { answered: bigint })[]>`
    SELECT p.id, p."displayName", p.email, p."tokenHash", p."revokedAt", p."submittedAt",
           count(r.id) FILTER (
             WHERE (r."currentLevel" IS NOT NULL OR r."currentDontKnow") AND (r."targetLevel" IS NOT NULL OR r."targetDontKnow")
           ) AS answered
    FROM "Participant" p
    LEFT JOIN "Response" r ON r."participantId" = p.id
    WHERE p."roundId" = ${roundId} AND (${onlyIds ?? null}::text[] IS NULL OR p.id = ANY(${onlyIds ?? null}::text[]))
    GROUP BY p.id
    ORDER BY p."createdAt", p.id`;
  return rows.map((row) => ({ ...row, answered: Number(row.answered) }));
}

/**
 * Who a reminder goes to: people with an e-mail address who have not finished, whose link is not
 * withdrawn, and who were mailed their current link before (a reminder repeats that link; it never
 * mints one, see participant-links.ts). `mailedIds` are the people with a current mailed link.
 */
export function reminderRecipients(people: MailPerson[], mailedIds: ReadonlySet<string>, dimensions: number): MailPerson[] {
  return people.filter((person) => person.email && !person.revokedAt && !hasFinished(person, dimensions) && mailedIds.has(person.id));
}

export type Sender = { name: string; email: string | null };

export function participantFields(round: RoundForMail, consultancyName: string, person: MailPerson, sender: Sender, note: string, automatic = false): ParticipantMailFields {
  return {
    recipientName: person.displayName,
    consultancyName,
    organizationName: round.organization.name,
    roundName: round.name,
    closesOn: round.closesOn ? round.closesOn.toISOString() : null,
    minutes: answeringMinutes(dimensionCount(round)),
    senderName: sender.name,
    senderEmail: sender.email,
    note,
    ...(automatic ? { automatic: true } : {}),
  };
}

/** People of a round who were mailed the link they hold now (a message carries a sealed copy of it). */
export async function mailedParticipantIds(db: Reader, roundId: string): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT p.id
    FROM "Participant" p
    JOIN "MailMessage" m ON m."participantId" = p.id AND m."secretHash" = p."tokenHash" AND m."sealedSecret" IS NOT NULL
    WHERE p."roundId" = ${roundId} AND p."revokedAt" IS NULL`;
  return new Set(rows.map((row) => row.id));
}
