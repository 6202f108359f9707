import { afterAll, beforeAll, expect, inject, it } from "vitest";

import { startQueue, stopQueue } from "@/server/jobs/queue";
import { deliverMessage } from "@/server/mail/delivery";
import { remindUnfinished, sendParticipantLinks } from "@/server/mail/round-mail";
import { createSmtpSender, type MailSender } from "@/server/mail/transport";
import { reissueParticipantLink, revokeParticipantLink } from "@/server/participants";

import { createDbClient } from "../factories/db-client";
import { createMailRound } from "../support/mail-fixtures";
import { startTestSmtpServer, type TestSmtpServer } from "../support/test-smtp-server";

// A queued message is checked again just before it goes: a link replaced or withdrawn meanwhile, or
// a reminder to someone who has finished since, is not sent (no dead links, no needless nagging).
// Messages are queued here without a worker and delivered by calling the job's body directly.

const db = createDbClient(inject("databaseUrl"));
let smtp: TestSmtpServer;
let sender: MailSender;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  await startQueue({ databaseUrl: inject("databaseUrl") });
  sender = createSmtpSender(smtp.url);
});

afterAll(async () => {
  sender?.close();
  await stopQueue();
  await smtp?.close();
});

const messageOf = (participantId: string, kind: "PARTICIPANT_LINK" | "PARTICIPANT_REMINDER") =>
  db.mailMessage.findFirstOrThrow({ where: { participantId, kind }, orderBy: { createdAt: "desc" }, select: { id: true } });

it("cancels what is no longer worth sending, and says why", async () => {
  const round = await createMailRound(db, { people: 3 });
  const [kept, replaced, withdrawn] = round.people;
  await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" });
  await reissueParticipantLink(round.consultant, round.slug, round.roundId, replaced!.id);
  await revokeParticipantLink(round.consultant, round.slug, round.roundId, withdrawn!.id);

  expect(await deliverMessage((await messageOf(kept!.id, "PARTICIPANT_LINK")).id, sender)).toBe("sent");
  expect(await deliverMessage((await messageOf(replaced!.id, "PARTICIPANT_LINK")).id, sender)).toBe("cancelled");
  expect(await deliverMessage((await messageOf(withdrawn!.id, "PARTICIPANT_LINK")).id, sender)).toBe("cancelled");
  const reasons = await db.mailMessage.findMany({ where: { roundId: round.roundId, status: "CANCELLED" }, select: { lastError: true }, orderBy: { lastError: "asc" } });
  expect(reasons.map((reason) => reason.lastError)).toEqual(["A newer link replaced this one before the message went out.", "The link was withdrawn before the message went out."]);
  expect(smtp.received.map((mail) => mail.to)).toEqual([kept!.email]);

  // A reminder to someone who finished before it went out.
  await remindUnfinished(round.consultant, round.slug, round.roundId, { note: "" });
  await db.participant.update({ where: { id: kept!.id }, data: { submittedAt: new Date() } });
  expect(await deliverMessage((await messageOf(kept!.id, "PARTICIPANT_REMINDER")).id, sender)).toBe("cancelled");
  expect(smtp.received).toHaveLength(1);
});

it("shows a message as failed, with the reason, when its last retry fails", async () => {
  const round = await createMailRound(db, { people: 1 });
  const person = round.people[0]!;
  await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" });
  const { id } = await messageOf(person.id, "PARTICIPANT_LINK");
  const { MAIL_MAX_ATTEMPTS } = await import("@/server/jobs/queue");
  const down = createSmtpSender("smtp://127.0.0.1:9"); // nothing listens there
  try {
    await expect(deliverMessage(id, down)).rejects.toThrow(/Could not reach the mail server/);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true } })).toEqual({ status: "QUEUED", attempts: 1 });
    await db.mailMessage.update({ where: { id }, data: { attempts: MAIL_MAX_ATTEMPTS - 1 } });
    expect(await deliverMessage(id, down)).toBe("failed");
  } finally {
    down.close();
  }
  const failed = await db.mailMessage.findUniqueOrThrow({ where: { id }, select: { status: true, lastError: true } });
  expect(failed.status).toBe("FAILED");
  expect(failed.lastError).toMatch(/^Could not reach the mail server \(\w+\)\. Gave up after 14 attempts\.$/);
  expect(smtp.received.filter((mail) => mail.to === person.email)).toHaveLength(0);
});
