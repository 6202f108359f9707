import { createHash, randomBytes, randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { hashPassword } from "../../src/lib/password-hashing";
import { startTestSmtpServer, type TestSmtpServer } from "../support/test-smtp-server";
import { PASSWORD } from "./support/accounts";
import { createOwnApp, type OwnApp } from "./support/own-app";

// The app is killed with kill -9 in the middle of a batch of e-mails; after the next start every
// message arrives, and none twice. Runs its own app (the real launcher), database and mail server;
// the mail server takes 150 ms to accept each message, so the batch is still going when the kill
// comes. Not a browser test at heart, but it needs the built app, which the e2e run has.
test.setTimeout(240_000);

const PEOPLE = 40;
let app: OwnApp;
let smtp: TestSmtpServer;

test.beforeAll(async () => {
  smtp = await startTestSmtpServer({ delayMs: 150 });
  // Info-level logs, which name every delivered message: none of them may hold a link or a body.
  app = await createOwnApp({ SMTP_URL: smtp.url, MAIL_FROM: "MPEM Assessment <assessments@mpem.example>", LOG_LEVEL: "info" });
  await app.start();
});

test.afterAll(async () => {
  await app?.dispose();
  await smtp?.close();
});

async function seedRound(app: OwnApp) {
  const [userId, workspaceId, organizationId, roundId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const email = `crash-${userId.slice(0, 8)}@example.test`;
  const slug = `crash-${workspaceId.slice(0, 8)}`;
  await app.query(`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") VALUES ($1, 'Cora Crash', $2, false, now())`, [userId, email]);
  await app.query(`INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`, [randomUUID(), userId, await hashPassword(PASSWORD)]);
  await app.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Crash Consulting', $2, now())`, [workspaceId, slug]);
  await app.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") VALUES ($1, $2, $3, 'OWNER', now())`, [randomUUID(), userId, workspaceId]);
  await app.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, 'Crashco', now())`, [organizationId, workspaceId]);
  await app.query(`INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, "updatedAt") VALUES ($1, $2, 'Crash round', 'mpem', '1.0', $3, $4, 'OPEN', now())`, [
    roundId,
    organizationId,
    mpem.levels.length,
    mpem.dimensions.map((dimension) => dimension.id),
  ]);
  for (let index = 0; index < PEOPLE; index += 1) {
    await app.query(`INSERT INTO "Participant" (id, "roundId", "displayName", email, "tokenHash") VALUES ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      roundId,
      `Person ${index + 1}`,
      `person-${index + 1}-${roundId.slice(0, 6)}@example.test`,
      createHash("sha256").update(randomBytes(32)).digest("hex"),
    ]);
  }
  return { email, roundPath: `/w/${slug}/rounds/${roundId}` };
}

test("kill -9 in the middle of a batch: after the next start every message arrives, none twice", async ({ browser }) => {
  const { email, roundPath } = await seedRound(app);
  const page = await (await browser.newContext({ baseURL: app.url })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces|\/w\//);
  await page.goto(roundPath);
  const started = performance.now();
  await page.getByRole("region", { name: "E-mail" }).getByRole("button", { name: "Send links by e-mail" }).click();
  await expect(page.getByText(`${PEOPLE} e-mails (links) are on their way`)).toBeVisible();
  expect(performance.now() - started).toBeLessThan(5_000);
  await page.context().close();

  await expect.poll(() => smtp.received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(8);
  await app.kill();
  const atKill = smtp.received.length;
  const sending = (await app.query<{ sending: number }>(`SELECT count(*)::int AS sending FROM "MailMessage" WHERE status = 'SENDING'`))[0]!.sending;
  expect(atKill, "the kill came in the middle of the batch").toBeLessThan(PEOPLE);
  // Nothing more is sent while the app is down (beyond messages the server already held).
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const whileDown = smtp.received.length;

  await app.start();
  await expect.poll(async () => new Set(smtp.received.map((mail) => mail.to)).size, { timeout: 150_000, intervals: [1_000] }).toBe(PEOPLE);
  // Let anything that would arrive twice arrive.
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  const byRecipient = new Map<string, string[]>();
  for (const mail of smtp.received) byRecipient.set(mail.to, [...(byRecipient.get(mail.to) ?? []), mail.messageId]);
  // Every person got their one message: never two different messages.
  for (const [to, ids] of byRecipient) expect(new Set(ids).size, `distinct messages to ${to}`).toBe(1);
  // A message counts as delivered only once the server says so; one the server accepted just as the
  // app died can come again after the restart, with the same Message-ID (RFC 1047). Only those.
  const repeats = smtp.received.length - PEOPLE;
  const figures = `${atKill} delivered before the kill, ${whileDown} by the restart, ${sending} in flight at the kill, ${repeats} sent again`;
  test.info().annotations.push({ type: "figures", description: figures });
  console.log(`[mail-crash] ${figures}`);
  expect(repeats).toBeLessThanOrEqual(sending);
  const rows = await app.query<{ status: string; count: number }>(`SELECT status, count(*)::int AS count FROM "MailMessage" GROUP BY status`);
  expect(rows).toEqual([{ status: "SENT", count: PEOPLE }]);

  // The logs name messages by id, never their link or their text.
  const logs = app.output();
  expect(logs).toContain('"msg":"mail sent"');
  for (const mail of smtp.received) {
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    expect(logs, "a mailed link in the logs").not.toContain(token!);
  }
  expect(logs, "a message body in the logs").not.toContain("Hello Person");

  // SIGTERM stops the worker and the app cleanly, and soon.
  const stopping = performance.now();
  await app.stop();
  expect(performance.now() - stopping).toBeLessThan(10_000);
  expect(app.exitCode()).toBe(0);
});
