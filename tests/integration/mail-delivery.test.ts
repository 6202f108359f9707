import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { ValidationError } from "@/server/errors";
import { startBackgroundWork, type BackgroundWork } from "@/server/jobs/background";
import { deliverMessage } from "@/server/mail/delivery";
import { createSmtpSender } from "@/server/mail/transport";
import { getRoundMail } from "@/server/mail/round-mail-status";
import { remindUnfinished, resendParticipantLink, sendParticipantLinks } from "@/server/mail/round-mail";
import { reissueParticipantLink, revokeParticipantLink } from "@/server/participants";

import { createDbClient } from "../factories/db-client";
import { createMailRound, eventually } from "../support/mail-fixtures";
import { startTestSmtpServer, type TestSmtpServer } from "../support/test-smtp-server";

// Participants' links by e-mail, end to end below the browser: the data layer queues, the worker
// delivers through nodemailer to a real SMTP server, and the outbox rows say what happened.

const db = createDbClient(inject("databaseUrl"));
let smtp: TestSmtpServer;
let work: BackgroundWork;

beforeAll(async () => {
  smtp = await startTestSmtpServer({ refuse: (address) => address.startsWith("bounce") });
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "MPEM Assessment <assessments@mpem.example>";
  work = await startBackgroundWork({ superviseIntervalSeconds: 2 });
});

afterAll(async () => {
  await work?.stop();
  await smtp?.close();
});

const linkOf = (text: string) => /http:\/\/localhost:3000\/r\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe("sending participants their links", () => {
  it("delivers one message per person, each with that person's own working link", async () => {
    const round = await createMailRound(db, { people: 3, names: ["<img src=x onerror=alert(1)>", "Bo", "Cy"] });
    const before = smtp.received.length;
    const outcome = await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" });
    expect(outcome).toMatchObject({ queued: 3, held: false });
    const mails = (await smtp.waitFor(before + 3)).slice(before);
    expect(mails.map((mail) => mail.to).sort()).toEqual(round.people.map((person) => person.email).sort());
    for (const mail of mails) {
      const person = round.people.find((candidate) => candidate.email === mail.to)!;
      const token = linkOf(mail.text)!;
      // The link was minted when the mail was queued: it opens this person's questionnaire, and
      // only theirs (the hash stored for them is the hash of the mailed token).
      const stored = await db.participant.findUniqueOrThrow({ where: { id: person.id }, select: { tokenHash: true } });
      const { createHash } = await import("node:crypto");
      expect(createHash("sha256").update(token).digest("hex")).toBe(stored.tokenHash);
      for (const other of round.people.filter((candidate) => candidate.id !== person.id)) expect(mail.text).not.toContain(other.name === "Bo" || other.name === "Cy" ? `Hello ${other.name},` : "Hello <img");
      expect(mail.fromName).toBe("Jane Consultant (Northwind Consulting) via MPEM Assessment");
      expect(mail.from).toBe("assessments@mpem.example");
      expect(mail.replyTo).toBe(round.consultant.email);
      expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    }
    const evil = mails.find((mail) => mail.text.includes("Hello <img src=x onerror=alert(1)>,"));
    expect(evil).toBeDefined();
    expect(evil!.html).not.toContain("<img");
    expect(evil!.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const status = await eventually(async () => {
      const current = await getRoundMail(round.consultant, round.slug, round.roundId);
      return Object.values(current.deliveries).every((delivery) => delivery.status === "SENT") && current;
    });
    expect(Object.keys(status.deliveries)).toHaveLength(3);
    expect(Object.values(status.deliveries).every((delivery) => delivery.sentAt instanceof Date)).toBe(true);
  });

  it("names a bad address and queues nothing", async () => {
    const round = await createMailRound(db, { people: 2 });
    await db.participant.update({ where: { id: round.people[1]!.id }, data: { email: "anna@example" } });
    const error = await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('Person 2 has an e-mail address that is not valid: "anna@example"');
    expect(await db.mailMessage.count({ where: { roundId: round.roundId } })).toBe(0);
  });

  it("shows a refused address as failed, with the mail server's reason", async () => {
    const round = await createMailRound(db, { people: 1 });
    await db.participant.update({ where: { id: round.people[0]!.id }, data: { email: "bounce-me@example.test" } });
    await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "selected", participantIds: [round.people[0]!.id], note: "Hi" });
    const delivery = await eventually(async () => {
      const current = (await getRoundMail(round.consultant, round.slug, round.roundId)).deliveries[round.people[0]!.id];
      return current?.status === "FAILED" && current;
    });
    expect(delivery.lastError).toContain("refused the address");
    expect(delivery.lastError).toContain("550");
  });

  it("resends the same link, and mints a new one after the link was replaced by hand", async () => {
    const round = await createMailRound(db, { people: 1 });
    const person = round.people[0]!;
    const count = () => smtp.received.filter((mail) => mail.to === person.email).length;
    await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "selected", participantIds: [person.id], note: "First" });
    await eventually(async () => count() === 1);
    await resendParticipantLink(round.consultant, round.slug, round.roundId, person.id);
    await eventually(async () => count() === 2);
    const [first, second] = smtp.received.filter((mail) => mail.to === person.email);
    expect(linkOf(second!.text)).toBe(linkOf(first!.text));
    expect(second!.text).toContain("First");

    await reissueParticipantLink(round.consultant, round.slug, round.roundId, person.id);
    await resendParticipantLink(round.consultant, round.slug, round.roundId, person.id);
    await eventually(async () => count() === 3);
    const third = smtp.received.filter((mail) => mail.to === person.email)[2]!;
    expect(linkOf(third.text)).not.toBe(linkOf(first!.text));

    await revokeParticipantLink(round.consultant, round.slug, round.roundId, person.id);
    await expect(resendParticipantLink(round.consultant, round.slug, round.roundId, person.id)).rejects.toThrow(/withdrawn/);
  });

  it("reminds only people who were mailed their link and have not finished", async () => {
    const round = await createMailRound(db, { people: 4 });
    const [done, submitted, waiting, withdrawn] = round.people;
    await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" });
    await eventually(async () => round.people.every((person) => smtp.received.some((mail) => mail.to === person.email)));
    // One answered every dimension, one pressed submit, one was withdrawn.
    const { mpem } = await import("@/domain/frameworks/mpem");
    await db.response.createMany({
      data: mpem.dimensions.map((dimension) => ({ participantId: done!.id, roundId: round.roundId, levelCount: mpem.levels.length, dimensionId: dimension.id, currentLevel: 2, targetLevel: 3, revision: 1 })),
    });
    await db.participant.update({ where: { id: submitted!.id }, data: { submittedAt: new Date() } });
    await revokeParticipantLink(round.consultant, round.slug, round.roundId, withdrawn!.id);
    expect((await getRoundMail(round.consultant, round.slug, round.roundId)).remindable).toBe(1);

    const before = smtp.received.length;
    expect(await remindUnfinished(round.consultant, round.slug, round.roundId, { note: "" })).toMatchObject({ queued: 1 });
    const [reminder] = (await smtp.waitFor(before + 1)).slice(before);
    expect(reminder!.to).toBe(waiting!.email);
    expect(reminder!.subject).toMatch(/^Reminder: Acme Retail, H1 2027/);
    const original = smtp.received.find((mail) => mail.to === waiting!.email && !mail.subject.startsWith("Reminder"))!;
    expect(linkOf(reminder!.text)).toBe(linkOf(original.text));
  });

  it("keeps a person's own answers private from other people's mail: nobody gets a link that is not theirs", async () => {
    const round = await createMailRound(db, { people: 5 });
    const before = smtp.received.length;
    await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" });
    const mails = (await smtp.waitFor(before + 5)).slice(before);
    const tokens = mails.map((mail) => linkOf(mail.text));
    expect(new Set(tokens).size).toBe(5);
    for (const mail of mails) expect(mail.text.match(/\/r\/[A-Za-z0-9_-]{43}/g)).toHaveLength(1);
  });

  it("never sends a delivered message again, whatever job runs it (the row id is the idempotency key)", async () => {
    const round = await createMailRound(db, { people: 1 });
    const person = round.people[0]!;
    await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" });
    await eventually(async () => (await db.mailMessage.count({ where: { participantId: person.id, status: "SENT" } })) === 1);
    const message = await db.mailMessage.findFirstOrThrow({ where: { participantId: person.id } });
    const sender = createSmtpSender(smtp.url);
    try {
      // A duplicated or retried job for the same message, twice at once and once more after.
      expect(await Promise.all([deliverMessage(message.id, sender), deliverMessage(message.id, sender)])).toEqual(["already-done", "already-done"]);
      expect(await deliverMessage(message.id, sender)).toBe("already-done");
    } finally {
      sender.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((mail) => mail.to === person.email)).toHaveLength(1);
    expect(message.attempts).toBe(1);
  });
});
