import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";
import pg from "pg";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { insertRound } from "./support/follow-up";
import { createOwnApp, type OwnApp } from "./support/own-app";
import { expectNoHorizontalScroll } from "./support/rounds";

// When an organization's next re-assessment falls due, its workspace's owners and consultants get
// one e-mail each (viewers none). With no SMTP_URL the messages wait in the outbox, where a person
// sees them. The planner runs when the app starts (and every five minutes), so a restart stands in
// for the clock; a second restart sends nothing more. Runs its own app without SMTP_URL.
test.setTimeout(180_000);

const DAY = 86_400_000;
let app: OwnApp;

test.beforeAll(async () => {
  app = await createOwnApp({ SMTP_URL: "" });
  await app.start();
});

test.afterAll(async () => {
  await app?.dispose();
});

/** Stops the app, waits until the old server no longer answers (so start() cannot mistake it for the new one), starts it again. */
async function restart() {
  await app.stop();
  await expect.poll(async () => (await fetch(`${app.url}/api/health`).catch(() => null)) === null, { timeout: 30_000 }).toBe(true);
  await app.start();
}

/** A colleague with an account (no password: they never sign in here) and a role in the workspace. */
async function addColleague(db: pg.Client, workspaceId: string, name: string, role: "CONSULTANT" | "VIEWER"): Promise<string> {
  const userId = randomUUID();
  const email = uniqueEmail(role.toLowerCase());
  await db.query(`INSERT INTO "User" (id, name, email, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, $3, true, now(), now())`, [userId, name, email]);
  await db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [randomUUID(), userId, workspaceId, role]);
  return email;
}

test("an overdue organization's re-assessment e-mail waits in the outbox for each owner and consultant, once", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  const ownerEmail = uniqueEmail("olga");
  await signUpThroughForm(page, { name: "Olga Owner", email: ownerEmail, workspaceName: "Due Partners" });
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  const workspaceUrl = page.url();
  const slug = workspaceUrl.split("/w/")[1]!;
  await page.getByLabel("Name", { exact: true }).fill("Umbrella");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Umbrella" })).toBeVisible();
  const organizationUrl = page.url();

  // Its last round closed six months and three days ago, so its re-assessment is overdue.
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  let consultantEmail: string;
  let viewerEmail: string;
  try {
    const [{ workspaceId, organizationId }] = (
      await db.query<{ workspaceId: string; organizationId: string }>(`SELECT w.id AS "workspaceId", o.id AS "organizationId" FROM "Workspace" w JOIN "Organization" o ON o."workspaceId" = w.id WHERE w.slug = $1`, [slug])
    ).rows as [{ workspaceId: string; organizationId: string }];
    consultantEmail = await addColleague(db, workspaceId, "Carl Consultant", "CONSULTANT");
    viewerEmail = await addColleague(db, workspaceId, "Vera Viewer", "VIEWER");
    const closedAt = new Date(Date.now() - 187 * DAY);
    await insertRound(db, organizationId, { name: "H1 2026", status: "CLOSED", closedAt, createdAt: new Date(closedAt.getTime() - 20 * DAY) });
  } finally {
    await db.end();
  }
  await page.goto(organizationUrl);
  await expect(page.getByRole("region", { name: "Next re-assessment" })).toContainText("overdue by");

  // The planner runs as the app starts.
  await restart();
  await page.goto(`${workspaceUrl}/outbox`);
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  const messages = page.getByRole("list", { name: "Messages, newest first" }).getByRole("listitem");
  // The planner's job may still be on its way when the page first loads.
  await expect(async () => {
    await page.reload();
    await expect(messages).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  for (const [name, email] of [["Olga Owner", ownerEmail], ["Carl Consultant", consultantEmail]] as const) {
    const message = messages.filter({ hasText: `To: ${name} <${email}>` });
    await expect(message).toHaveCount(1);
    await expect(message).toContainText("Re-assessment due · H1 2026");
    await expect(message).toContainText("Re-assessment due: Umbrella (last round H1 2026)");
    await expect(message).toContainText("Waiting in the outbox (mail is not set up)");
  }
  await expect(page.getByText(viewerEmail)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1440, height: 900 });

  // Started again (another deploy, a crash): its planner runs and sends nothing more.
  const plannerRuns = async () => (await app.query<{ runs: number }>(`SELECT count(*)::int AS runs FROM pgboss.job WHERE name = 'mail-plan-reminders' AND state = 'completed'`))[0]!.runs;
  const runsBefore = await plannerRuns();
  await restart();
  await expect.poll(plannerRuns, { timeout: 30_000 }).toBeGreaterThan(runsBefore);
  await page.reload();
  await expect(messages).toHaveCount(2);
  await context.close();
});
