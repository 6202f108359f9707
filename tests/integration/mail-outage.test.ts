import { afterAll, beforeAll, expect, inject, it } from "vitest";

import { startBackgroundWork, type BackgroundWork } from "@/server/jobs/background";
import { sendParticipantLinks } from "@/server/mail/round-mail";

import { createDbClient } from "../factories/db-client";
import { createMailRound, eventually } from "../support/mail-fixtures";
import { startTestSmtpServer, type TestSmtpServer } from "../support/test-smtp-server";

// The mail server is down while fifty messages are queued, and comes back after thirty seconds:
// the queue retries with backoff, and all fifty arrive, each exactly once.

const db = createDbClient(inject("databaseUrl"));
let smtp: TestSmtpServer;
let work: BackgroundWork;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  work = await startBackgroundWork({ superviseIntervalSeconds: 2 });
});

afterAll(async () => {
  await work?.stop();
  await smtp?.close();
});

it("delivers all fifty exactly once after a 30-second outage", async () => {
  const round = await createMailRound(db, { people: 50 });
  await smtp.stop();
  const started = performance.now();
  expect(await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" })).toMatchObject({ queued: 50, held: false });
  expect(performance.now() - started, "queuing fifty returns well under a second").toBeLessThan(1_000);

  // While it is down: tried, refused, waiting to retry; nothing lost, nothing failed.
  await eventually(async () => (await db.mailMessage.count({ where: { roundId: round.roundId, status: "QUEUED", attempts: { gt: 0 } } })) === 50, 15_000, "fifty failed first attempts");
  await new Promise((resolve) => setTimeout(resolve, 30_000 - (performance.now() - started)));
  // A retry may be mid-attempt at this instant (SENDING, about to be refused again); none is sent,
  // failed or cancelled.
  const during = await db.mailMessage.groupBy({ by: ["status"], where: { roundId: round.roundId }, _count: true });
  expect(during.filter((entry) => entry.status !== "QUEUED" && entry.status !== "SENDING")).toEqual([]);
  expect(during.reduce((sum, entry) => sum + entry._count, 0)).toBe(50);
  const waiting = await db.mailMessage.findFirstOrThrow({ where: { roundId: round.roundId }, select: { lastError: true } });
  expect(waiting.lastError).toMatch(/^Could not reach the mail server/);
  expect(smtp.received).toHaveLength(0);

  await smtp.start();
  await smtp.waitFor(50, 90_000);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(smtp.received).toHaveLength(50);
  expect(new Set(smtp.received.map((mail) => mail.to))).toEqual(new Set(round.people.map((person) => person.email)));
  await eventually(async () => (await db.mailMessage.count({ where: { roundId: round.roundId, status: "SENT" } })) === 50, 10_000, "fifty rows marked sent");
}, 150_000);
