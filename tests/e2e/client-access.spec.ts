import { expect, test, type Browser, type Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { createAccount, createWorkspaceFixture, PASSWORD, signInThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { createOrganizationFixture, createRoundFixture, type Person } from "./support/history";

// Issue 8, client executives: a share link opens exactly one organization's executive view in a
// browser with no account, and stops when revoked or expired; a client executive invited to one
// organization reads its executive view and gets 404 on every other page of the workspace.

const team = (group: string, today: number, needed: number): Person[] => [1, 2, 3].map((n) => ({ name: `${group} ${n}`, group, today, needed }));

let slug: string;
let acmeId: string;
let globexId: string;
let acmeRoundId: string;
let globexRoundId: string;
let consultantEmail: string;

test.beforeAll(async ({ request }) => {
  consultantEmail = uniqueEmail("cora");
  const consultantId = await createAccount(request, consultantEmail, "Cora Consultant");
  const workspace = await createWorkspaceFixture([{ userId: consultantId, role: "CONSULTANT" }], []);
  slug = workspace.slug;
  acmeId = await createOrganizationFixture(slug, "Acme Shared");
  globexId = await createOrganizationFixture(slug, "Globex Private");
  const earlier = await createRoundFixture(acmeId, {
    name: "Acme H1 2025",
    status: "CLOSED",
    groups: ["IT", "Marketing"],
    closedAt: new Date("2025-06-30T12:00:00Z"),
    people: [...team("IT", 2, 4), ...team("Marketing", 1, 3)],
  });
  acmeRoundId = (
    await createRoundFixture(acmeId, {
      name: "Acme H2 2025",
      status: "CLOSED",
      groups: ["IT", "Marketing"],
      previousRoundId: earlier.roundId,
      closedAt: new Date("2025-12-20T12:00:00Z"),
      people: [...team("IT", 3, 4), ...team("Marketing", 2, 4)],
    })
  ).roundId;
  globexRoundId = (await createRoundFixture(globexId, { name: "Globex Secret Round", status: "CLOSED", groups: ["IT"], people: team("IT", 5, 5) })).roundId;
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/workspaces$/);
  return page;
}

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
}

/** The executive view of Acme and nothing of Globex; no form, no way into the workspace. */
async function expectAcmeExecutiveViewOnly(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Acme Shared: executive view" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Acme H2 2025 at a glance" })).toBeVisible();
  const history = page.getByRole("table", { name: /by dimension in each closed round/ });
  await expect(history.getByRole("columnheader", { name: /Acme H1 2025/ })).toBeVisible();
  await expect(history.getByRole("columnheader", { name: /Acme H2 2025/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /by dimension and participant group in Acme H2 2025/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Trend" })).toBeVisible();
  const text = await page.locator("main").innerText();
  expect(text).not.toContain("Globex");
  // Read-only: no form on the page (the header's sign-out button aside, for a signed-in client).
  await expect(page.locator("main form")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Workspace sections" })).toHaveCount(0);
  const hrefs = await page.locator("main a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => href.includes("/rounds/") || href.includes(globexId))).toEqual([]);
}

async function lookAt(page: Page, name: string) {
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    // Charts re-measure themselves a moment after the viewport changes: wait for the page to settle.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} at ${width} px scrolls sideways`, timeout: 5_000 }).toBeLessThanOrEqual(width);
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  // At phone width the whole page is too tall to read in one picture: the first screen too.
  await page.setViewportSize({ width: 390, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath(`${name}-390-top.png`) });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a share link opens exactly one organization's executive view with no account; revoked or expired, it opens nothing", async ({ browser }) => {
  const consultant = await signedIn(browser, consultantEmail);
  await consultant.goto(`/w/${slug}/organizations/${acmeId}`);
  await consultant.getByLabel("Label (optional)").fill("Board pack");
  await consultant.getByRole("button", { name: "Create share link" }).click();
  const shareUrl = await consultant.getByLabel(/Share link \(read-only, shown once\)/).inputValue();
  expect(shareUrl).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  const links = consultant.getByRole("list", { name: "Share links" });
  await expect(links.getByText("Board pack · Active")).toBeVisible();
  await expect(links.getByText(/Created by Cora Consultant .* expires .* never opened/)).toBeVisible();
  await lookAt(consultant, "organization-client-access");
  await expectNoSeriousA11yViolations(consultant);

  // A fresh browser: no cookie, no account.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const response = await visitor.goto(shareUrl);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await visitorContext.cookies()).toEqual([]);
  await expectAcmeExecutiveViewOnly(visitor);
  await visitor.getByRole("link", { name: "Gap" }).first().click();
  await expect(visitor).toHaveURL(/metric=gap/);
  await expect(visitor.getByRole("table", { name: /^Gap \(needed − today\) by dimension in each closed round/ })).toBeVisible();
  await expectNoSeriousA11yViolations(visitor);
  await lookAt(visitor, "share-link-view");

  // The consultant sees it was used, and revokes it.
  await consultant.reload();
  await expect(links.getByText(/last opened .* \(2 views\)/)).toBeVisible();
  await links.getByRole("button", { name: /Revoke/ }).click();
  await expect(links.getByText("Board pack · Revoked")).toBeVisible();
  await expect(links.getByText(/revoked by Cora Consultant/)).toBeVisible();

  await visitor.goto(shareUrl);
  await expect(visitor.getByRole("heading", { name: "This link has been revoked" })).toBeVisible();
  await expect(visitor.getByText("Acme Shared")).toHaveCount(0);
  await expectNoSeriousA11yViolations(visitor);
  await lookAt(visitor, "share-link-revoked");

  // A link past its expiry says so; a made-up one is not valid.
  await consultant.getByRole("button", { name: "Create share link" }).click();
  const expiringUrl = await consultant.getByLabel(/Share link \(read-only, shown once\)/).inputValue();
  await withE2eDb((db) => db.query(`UPDATE "ShareLink" SET "expiresAt" = now() - interval '1 minute' WHERE "organizationId" = $1 AND "revokedAt" IS NULL`, [acmeId]));
  await visitor.goto(expiringUrl);
  await expect(visitor.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await visitor.goto(`/s/${"A".repeat(43)}`);
  await expect(visitor.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expect(visitor.getByText("Acme Shared")).toHaveCount(0);
});

test("a client executive invited to one organization reads its executive view and gets 404 everywhere else", async ({ browser }) => {
  const consultant = await signedIn(browser, consultantEmail);
  await consultant.goto(`/w/${slug}/organizations/${acmeId}`);
  await consultant.getByLabel("Note (optional)").fill("Acme CEO");
  await consultant.getByRole("button", { name: "Create client invite link" }).click();
  const inviteUrl = await consultant.getByLabel(/Invite link \(works once, for 7 days\)/).inputValue();

  const client = await (await browser.newContext()).newPage();
  await client.goto(inviteUrl);
  await expect(client.getByText(/invites you to read Acme Shared's assessment results/)).toBeVisible();
  await client.getByRole("link", { name: "Create an account" }).click();
  await client.getByLabel("Your name").fill("Carla Client");
  await client.getByLabel("E-mail").fill(uniqueEmail("carla"));
  await client.getByLabel("Password").fill(PASSWORD);
  await client.getByRole("button", { name: "Create account" }).click();
  // Their workspace's home is their organization's executive view.
  await expect(client).toHaveURL(new RegExp(`/w/${slug}/organizations/${acmeId}/executive$`));
  await expect(client.getByText("Shared with you by")).toBeVisible();
  await expectAcmeExecutiveViewOnly(client);
  await expectNoSeriousA11yViolations(client);
  await lookAt(client, "client-executive-view");
  // The workspace's address and the list of workspaces both lead to the same view.
  await client.goto(`/w/${slug}`);
  await expect(client).toHaveURL(new RegExp(`/w/${slug}/organizations/${acmeId}/executive$`));
  await expect(client.getByRole("heading", { level: 1, name: "Acme Shared: executive view" })).toBeVisible();
  await client.goto("/workspaces");
  await client.getByRole("main").getByRole("link", { name: /^Workspace / }).click();
  await expect(client.getByRole("heading", { level: 1, name: "Acme Shared: executive view" })).toBeVisible();

  for (const path of [
    `/w/${slug}/organizations/${globexId}/executive`,
    `/w/${slug}/organizations/${globexId}`,
    `/w/${slug}/organizations/${globexId}/history`,
    `/w/${slug}/rounds/${globexRoundId}`,
    `/w/${slug}/rounds/${globexRoundId}/results`,
    `/w/${slug}/rounds/${globexRoundId}/groups`,
    // Their own organization's workspace pages too: the executive view is all they read.
    `/w/${slug}/organizations/${acmeId}`,
    `/w/${slug}/organizations/${acmeId}/history`,
    `/w/${slug}/organizations/${acmeId}/plan`,
    `/w/${slug}/organizations/${acmeId}/boundaries`,
    `/w/${slug}/rounds/${acmeRoundId}`,
    `/w/${slug}/rounds/${acmeRoundId}/results`,
    `/w/${slug}/rounds/${acmeRoundId}/groups`,
    `/w/${slug}/rounds/${acmeRoundId}/next`,
    `/w/${slug}/rounds/${acmeRoundId}/workshop`,
    `/w/${slug}/portfolio`,
    `/w/${slug}/frameworks`,
    `/w/${slug}/members`,
    `/w/${slug}/outbox`,
    `/w/${slug}/audit`,
  ]) {
    await expectNotFound(client, path);
  }
  // Downloads and API routes written for members: 404 too.
  for (const path of [
    `/w/${slug}/rounds/${acmeRoundId}/report/pdf`,
    `/w/${slug}/rounds/${acmeRoundId}/report/csv`,
    `/w/${slug}/organizations/${acmeId}/export`,
    `/api/w/${slug}/rounds/${acmeRoundId}/workshop/state`,
  ]) {
    expect((await client.request.get(path)).status(), path).toBe(404);
  }

  // The consultant sees them, and removing them ends their access at once.
  await consultant.reload();
  const clients = consultant.getByRole("list", { name: "Client executives" });
  await expect(clients.getByText(/^Carla Client · /)).toBeVisible();
  await clients.getByRole("button", { name: /Remove access/ }).click();
  await expect(clients).toHaveCount(0);
  await expectNotFound(client, `/w/${slug}/organizations/${acmeId}/executive`);
});
