import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import { reminderMoment } from "@/domain/mail/reminder-schedule";
import { startQueue, stopQueue } from "@/server/jobs/queue";
import { planDueReminders } from "@/server/mail/reminders";
import { sendParticipantLinks } from "@/server/mail/round-mail";
import { setReminderDays } from "@/server/mail/round-mail-status";
import { revokeParticipantLink } from "@/server/participants";

import { createDbClient } from "../factories/db-client";
import { createMailRound, type MailRound } from "../support/mail-fixtures";

// Automatic reminders: due ones are queued once, however many planners run at the same moment
// (one per app instance), and never to people who finished, were withdrawn, or whose round closed.

const db = createDbClient(inject("databaseUrl"));
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9"; // queued only: no worker runs in this file
  await startQueue({ databaseUrl: inject("databaseUrl") });
});

afterAll(async () => {
  await stopQueue();
});

/** A round of five, all e-mailed their link 13 hours ago (outside the 12-hour quiet time). */
async function mailedRound(closesOn: Date): Promise<MailRound> {
  const round = await createMailRound(db, { people: 5, closesOn });
  await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" });
  await db.mailMessage.updateMany({ where: { roundId: round.roundId }, data: { status: "SENT", createdAt: new Date(Date.now() - 13 * 60 * 60 * 1000) } });
  return round;
}

const reminders = (roundId: string) => db.mailMessage.findMany({ where: { roundId, kind: "PARTICIPANT_REMINDER" }, select: { participantId: true, fields: true } });

describe("automatic reminders", () => {
  it("go once to the people who have not finished, however many planners run at once", async () => {
    const closesOn = new Date(Date.UTC(2030, 0, 10));
    const round = await mailedRound(closesOn);
    const [done, submitted, withdrawn] = round.people;
    await db.response.createMany({ data: mpem.dimensions.map((dimension) => ({ participantId: done!.id, roundId: round.roundId, levelCount: mpem.levels.length, dimensionId: dimension.id, currentLevel: 1, targetLevel: 2, revision: 1 })) });
    await db.participant.update({ where: { id: submitted!.id }, data: { submittedAt: new Date() } });
    await revokeParticipantLink(round.consultant, round.slug, round.roundId, withdrawn!.id);

    const now = new Date(reminderMoment(closesOn, 3).getTime() + 60_000);
    const queued = await Promise.all([planDueReminders(now), planDueReminders(now), planDueReminders(now)]);
    expect(queued.reduce((sum, count) => sum + count, 0)).toBe(2);
    const sent = await reminders(round.roundId);
    expect(sent.map((message) => message.participantId).sort()).toEqual([round.people[3]!.id, round.people[4]!.id].sort());
    expect(sent[0]!.fields).toMatchObject({ automatic: true, senderName: "Jane Consultant" });

    // Run again at the same time: nothing more. The 1-day reminder comes later, once.
    expect(await planDueReminders(now)).toBe(0);
    const later = new Date(reminderMoment(closesOn, 1).getTime() + 60_000);
    await db.mailMessage.updateMany({ where: { roundId: round.roundId }, data: { createdAt: new Date(later.getTime() - 13 * 60 * 60 * 1000) } });
    expect(await Promise.all([planDueReminders(later), planDueReminders(later)])).toEqual(expect.arrayContaining([2, 0]));
    expect(await reminders(round.roundId)).toHaveLength(4);
    expect(await db.roundReminderRun.findMany({ where: { roundId: round.roundId }, select: { daysBefore: true, recipients: true }, orderBy: { daysBefore: "desc" } })).toEqual([
      { daysBefore: 3, recipients: 2 },
      { daysBefore: 1, recipients: 2 },
    ]);
  });

  it("send only the latest when several are due, and nothing once the round is closed or past its closing day", async () => {
    const closesOn = new Date(Date.UTC(2030, 1, 10));
    const late = await mailedRound(closesOn);
    const now = new Date(reminderMoment(closesOn, 1).getTime() + 60_000);
    await planDueReminders(now);
    expect(await reminders(late.roundId)).toHaveLength(5);
    expect(await db.roundReminderRun.findUnique({ where: { roundId_daysBefore: { roundId: late.roundId, daysBefore: 3 } }, select: { note: true } })).toMatchObject({ note: expect.stringContaining("Passed over") });

    const closed = await mailedRound(closesOn);
    await db.round.update({ where: { id: closed.roundId }, data: { status: "CLOSED" } });
    const over = await mailedRound(new Date(Date.UTC(2030, 1, 1)));
    await planDueReminders(now);
    expect(await reminders(closed.roundId)).toHaveLength(0);
    expect(await reminders(over.roundId)).toHaveLength(0);
  });

  it("follow each round's setting: off means none, other days are honoured", async () => {
    const closesOn = new Date(Date.UTC(2030, 2, 20));
    const off = await mailedRound(closesOn);
    await setReminderDays(off.consultant, off.slug, off.roundId, "off");
    const seven = await mailedRound(closesOn);
    await setReminderDays(seven.consultant, seven.slug, seven.roundId, "7");
    await expect(setReminderDays(seven.consultant, seven.slug, seven.roundId, "7, soon")).rejects.toThrow("Check the highlighted fields.");
    const now = new Date(reminderMoment(closesOn, 7).getTime() + 60_000);
    await planDueReminders(now);
    expect(await reminders(off.roundId)).toHaveLength(0);
    expect(await reminders(seven.roundId)).toHaveLength(5);
    expect(await planDueReminders(new Date(closesOn.getTime() - DAY + 9 * 60 * 60 * 1000))).toBe(0);
  });
});
