import "server-only";

import { DEFAULT_REMINDER_DAYS, planReminder } from "@/domain/mail/reminder-schedule";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { logger } from "@/server/logger";

import { queueMail, type NewMail } from "./outbox";
import { currentMailedLinks } from "./participant-links";
import { dimensionCount, loadMailPeople, participantFields, reminderRecipients, type RoundForMail } from "./round-people";
import type { ParticipantMailFields } from "./templates/fields";

// Automatic reminders before a round's closing date. The "mail-plan-reminders" job runs this every
// few minutes (pg-boss runs one scheduled job per tick across all instances); each reminder is then
// claimed by inserting its RoundReminderRun row, in the transaction that queues its messages, so it
// goes out once however many instances run the planner and however often.

/** Nobody gets an automatic reminder within this long of their last message from the round. */
const QUIET_HOURS = 12;

type DueRound = RoundForMail & { workspaceId: string; workspaceName: string; reminderDays: number[]; done: number[] };

async function roundsWithReminders(): Promise<DueRound[]> {
  const rounds = await getDb().round.findMany({
    where: { status: "OPEN", closesOn: { not: null, gte: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) } },
    select: {
      id: true,
      name: true,
      status: true,
      closesOn: true,
      frameworkId: true,
      frameworkVersion: true,
      dimensionIds: true,
      organization: { select: { id: true, name: true, workspace: { select: { id: true, name: true } } } },
      mailSettings: { select: { reminderDays: true } },
      reminderRuns: { select: { daysBefore: true } },
    },
  });
  return rounds.map(({ organization, mailSettings, reminderRuns, ...round }) => ({
    ...round,
    organization: { id: organization.id, name: organization.name },
    workspaceId: organization.workspace.id,
    workspaceName: organization.workspace.name,
    reminderDays: mailSettings?.reminderDays ?? [...DEFAULT_REMINDER_DAYS],
    done: reminderRuns.map((run) => run.daysBefore),
  }));
}

/** The sender the people were told about: whoever last e-mailed them their link. */
function senderOf(fields: unknown, fallback: string) {
  const known = fields as Partial<ParticipantMailFields> | null;
  return { name: typeof known?.senderName === "string" ? known.senderName : fallback, email: typeof known?.senderEmail === "string" ? known.senderEmail : null };
}

async function sendReminder(round: DueRound, daysBefore: number, skipped: number[], now: Date): Promise<number> {
  return getDb().$transaction(async (tx) => {
    // The claim: only the instance whose insert lands sends this reminder.
    const claimed = await tx.$queryRaw<{ daysBefore: number }[]>`
      INSERT INTO "RoundReminderRun" ("roundId", "daysBefore", "ranAt") VALUES (${round.id}, ${daysBefore}, ${now})
      ON CONFLICT DO NOTHING RETURNING "daysBefore"`;
    if (claimed.length === 0) return 0;
    for (const earlier of skipped) {
      await tx.$executeRaw`INSERT INTO "RoundReminderRun" ("roundId", "daysBefore", "ranAt", note) VALUES (${round.id}, ${earlier}, ${now}, ${`Passed over: the ${daysBefore}-day reminder was due too.`}) ON CONFLICT DO NOTHING`;
    }
    const people = await loadMailPeople(tx, round.id);
    const links = await currentMailedLinks(tx, people);
    const recent = await tx.mailMessage.findMany({
      where: { roundId: round.id, participantId: { not: null }, createdAt: { gt: new Date(now.getTime() - QUIET_HOURS * 60 * 60 * 1000) }, status: { not: "CANCELLED" } },
      select: { participantId: true },
    });
    const quiet = new Set(recent.map((message) => message.participantId));
    const recipients = reminderRecipients(people, new Set(links.keys()), dimensionCount(round)).filter((person) => !quiet.has(person.id));
    const lastLinks = await tx.mailMessage.findMany({
      where: { roundId: round.id, kind: "PARTICIPANT_LINK", participantId: { in: recipients.map((person) => person.id) } },
      orderBy: { createdAt: "desc" },
      distinct: ["participantId"],
      select: { participantId: true, fields: true },
    });
    const senders = new Map(lastLinks.map((message) => [message.participantId, senderOf(message.fields, round.workspaceName)]));
    const note = `This is an automatic reminder, ${daysBefore} day${daysBefore === 1 ? "" : "s"} before the round closes. You have not finished the questionnaire yet; the answers you already gave are kept.`;
    const mails: NewMail[] = recipients.map((person) => ({
      kind: "PARTICIPANT_REMINDER",
      fields: participantFields(round, round.workspaceName, person, senders.get(person.id) ?? { name: round.workspaceName, email: null }, note, true),
      toAddress: person.email!,
      toName: person.displayName,
      secret: links.get(person.id)!,
      workspaceId: round.workspaceId,
      roundId: round.id,
      participantId: person.id,
    }));
    await queueMail(tx, mails);
    await tx.roundReminderRun.update({
      where: { roundId_daysBefore: { roundId: round.id, daysBefore } },
      data: { recipients: mails.length, note: mails.length === 0 ? "Nobody to remind: everyone who was e-mailed their link has finished, or heard from the round in the last 12 hours." : null },
    });
    await recordAuditEvent(tx, { action: "mail.reminders-queued", workspaceId: round.workspaceId, targetType: "round", targetId: round.id, details: { count: mails.length, automatic: `${daysBefore} days before closing` } });
    return mails.length;
  });
}

/** Queues every automatic reminder that is due now. Returns how many messages it queued. */
export async function planDueReminders(now = new Date()): Promise<number> {
  let queued = 0;
  for (const round of await roundsWithReminders()) {
    const plan = planReminder({ closesOn: round.closesOn!, reminderDays: round.reminderDays, done: round.done, now });
    if (plan.send === null) continue;
    try {
      queued += await sendReminder(round, plan.send, plan.skip, now);
    } catch (error) {
      // Over the workspace's hourly limit: nothing was claimed, so the next run tries again.
      if (!(error instanceof ValidationError)) throw error;
      logger.warn({ roundId: round.id, daysBefore: plan.send }, "automatic reminder postponed: the workspace's hourly e-mail limit is reached");
    }
  }
  return queued;
}
