import "server-only";

import { DEFAULT_REMINDER_DAYS, parseReminderDays, reminderMoment } from "@/domain/mail/reminder-schedule";
import { recordAuditEvent } from "@/server/audit";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { requireRound } from "@/server/rounds";

import { getMailConfig } from "./config";
import { countRemindable, defaultNotesFor } from "./round-mail";

// What the round page shows about e-mail: each person's latest message, how many can be reminded,
// the automatic reminders and whether mail is set up at all.

export type DeliveryState = "HELD" | "QUEUED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED";

export type Delivery = {
  kind: "PARTICIPANT_LINK" | "PARTICIPANT_REMINDER";
  status: DeliveryState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export type ReminderRunSummary = { daysBefore: number; ranAt: Date; recipients: number; note: string | null };

export type RoundMail = {
  mailConfigured: boolean;
  hourlyLimit: number;
  deliveries: Record<string, Delivery>;
  remindable: number;
  /** People with an address and a live link who were never e-mailed their link (or whose e-mail failed). */
  unsent: number;
  defaultNotes: { invitation: string; reminder: string };
  reminderDays: number[];
  /** When each automatic reminder is (or was) due, for rounds with a closing date. */
  reminderSchedule: { daysBefore: number; dueAt: Date; run: ReminderRunSummary | null }[];
};

export async function getRoundMail(actor: Actor | null, slug: string, roundId: string): Promise<RoundMail> {
  const { round } = await requireRound(actor, slug, roundId, "round.read");
  const db = getDb();
  const [latest, settings, runs, remindable, unsent] = await Promise.all([
    db.mailMessage.findMany({
      where: { roundId: round.id, participantId: { not: null }, kind: { in: ["PARTICIPANT_LINK", "PARTICIPANT_REMINDER"] } },
      orderBy: [{ participantId: "asc" }, { createdAt: "desc" }],
      distinct: ["participantId"],
      select: { participantId: true, kind: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
    }),
    db.roundMailSettings.findUnique({ where: { roundId: round.id }, select: { reminderDays: true } }),
    db.roundReminderRun.findMany({ where: { roundId: round.id }, select: { daysBefore: true, ranAt: true, recipients: true, note: true } }),
    countRemindable(round.id, round),
    db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Participant" p
      WHERE p."roundId" = ${round.id} AND p.email IS NOT NULL AND p."revokedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "MailMessage" m WHERE m."participantId" = p.id AND m.kind = 'PARTICIPANT_LINK' AND m.status IN ('HELD', 'QUEUED', 'SENDING', 'SENT'))`,
  ]);
  const config = getMailConfig();
  const reminderDays = settings?.reminderDays ?? [...DEFAULT_REMINDER_DAYS];
  const closesOn = round.closesOn;
  return {
    mailConfigured: config.isConfigured,
    hourlyLimit: config.hourlyLimit,
    deliveries: Object.fromEntries(latest.map(({ participantId, kind, ...delivery }) => [participantId!, { kind: kind as Delivery["kind"], ...delivery }])),
    remindable,
    unsent: Number(unsent[0]?.count ?? 0),
    defaultNotes: defaultNotesFor(round),
    reminderDays,
    reminderSchedule: closesOn
      ? [...new Set([...reminderDays, ...runs.map((run) => run.daysBefore)])]
          .sort((a, b) => b - a)
          .map((daysBefore) => ({ daysBefore, dueAt: reminderMoment(closesOn, daysBefore), run: runs.find((run) => run.daysBefore === daysBefore) ?? null }))
      : [],
  };
}

/** "3, 1" or "off". Changing them does not resend a reminder that already went out. */
export async function setReminderDays(actor: Actor | null, slug: string, roundId: string, input: unknown): Promise<number[]> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const parsed = parseReminderDays(typeof input === "string" ? input : "");
  if (!parsed.ok) throw new ValidationError("Check the highlighted fields.", { reminderDays: [parsed.problem] });
  await getDb().$transaction(async (tx) => {
    await tx.roundMailSettings.upsert({ where: { roundId: round.id }, create: { roundId: round.id, reminderDays: parsed.days }, update: { reminderDays: parsed.days } });
    await recordAuditEvent(tx, { action: "round.reminders-changed", workspaceId: access.workspace.id, actor, targetType: "round", targetId: round.id, details: { days: parsed.days.join(", ") || "off" } });
  });
  return parsed.days;
}
