import { afterAll, beforeAll, expect, inject, it } from "vitest";

import { ValidationError } from "@/server/errors";
import { startQueue, stopQueue } from "@/server/jobs/queue";
import { sendParticipantLinks } from "@/server/mail/round-mail";

import { createDbClient } from "../factories/db-client";
import { createMailRound } from "../support/mail-fixtures";

// A workspace sends at most MAIL_HOURLY_LIMIT messages an hour (here 5), so the server cannot be used
// to spam; a batch that would pass it is refused whole, with the limit and when to try again.

const db = createDbClient(inject("databaseUrl"));

beforeAll(async () => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9"; // queued only: no worker runs in this file
  process.env.MAIL_HOURLY_LIMIT = "5";
  await startQueue({ databaseUrl: inject("databaseUrl") });
});

afterAll(async () => {
  await stopQueue();
});

it("refuses a batch that would pass the workspace's hourly limit, and queues nothing of it", async () => {
  const round = await createMailRound(db, { people: 7 });
  const [a, b, c, d, ...rest] = round.people;
  await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "selected", participantIds: [a!.id, b!.id, c!.id, d!.id], note: "" });
  const error = await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "selected", participantIds: rest.map((person) => person.id), note: "" }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as Error).message).toMatch(/^This workspace may send at most 5 e-mails an hour\. 4 went out in the last hour, so these 3 cannot be queued now\. Try again after \d\d:\d\d \(UTC\)/);
  expect(await db.mailMessage.count({ where: { roundId: round.roundId } })).toBe(4);
  // The link a refused batch would have minted was not: those people keep theirs.
  const untouched = await db.participant.findUniqueOrThrow({ where: { id: rest[0]!.id }, select: { tokenHash: true } });
  const { createHash } = await import("node:crypto");
  expect(untouched.tokenHash).toBe(createHash("sha256").update(rest[0]!.token).digest("hex"));

  await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "selected", participantIds: [rest[0]!.id], note: "" });
  // A message older than an hour no longer counts.
  await db.mailMessage.updateMany({ where: { roundId: round.roundId, participantId: { in: [a!.id, b!.id] } }, data: { createdAt: new Date(Date.now() - 61 * 60 * 1000) } });
  expect(await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "selected", participantIds: [rest[1]!.id, rest[2]!.id], note: "" })).toMatchObject({ queued: 2 });
});
