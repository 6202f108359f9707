import { expect, test, type Page } from "@playwright/test";

import { toIsoDate } from "../../src/domain/history/calendar";
import { describeReassessment, reassessmentState } from "../../src/domain/history/next-round";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { createAccount, createWorkspaceFixture, signInThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { insertRound } from "./support/follow-up";
import { expectNoHorizontalScroll } from "./support/rounds";

// Re-assessment every six months: the organization page says when the next one is due, and the
// workspace page makes overdue organizations stand out, in words, with a sort and a filter.

const DAY = 86_400_000;
const listedNames = (page: Page) => page.getByRole("region", { name: "Organizations" }).getByRole("listitem").getByRole("link").allTextContents();

test("overdue organizations stand out on the workspace page; the organization page says when the next round is due", async ({ page, request }) => {
  const email = uniqueEmail("dueto");
  const userId = await createAccount(request, email, "Dee Due");
  const { slug, organizationIds } = await createWorkspaceFixture([{ userId, role: "CONSULTANT" }], ["Alpha Overdue", "Bravo Soon", "Charlie Later", "Delta New", "Echo Busy"]);
  const [overdue, soon, later, , busy] = organizationIds as [string, string, string, string, string];
  const now = Date.now();
  const closed = { overdue: new Date(now - 200 * DAY), soon: new Date(now - 170 * DAY), later: new Date(now - 30 * DAY) };
  await withE2eDb(async (db) => {
    await insertRound(db, overdue, { name: "Old round", status: "CLOSED", closedAt: closed.overdue, createdAt: new Date(now - 215 * DAY) });
    await insertRound(db, soon, { name: "Spring", status: "CLOSED", closedAt: closed.soon, createdAt: new Date(now - 180 * DAY) });
    await insertRound(db, later, { name: "Autumn", status: "CLOSED", closedAt: closed.later, createdAt: new Date(now - 40 * DAY) });
    // Echo's last round closed long ago, but the next one is already under way.
    await insertRound(db, busy, { name: "Long ago", status: "CLOSED", closedAt: new Date(now - 400 * DAY), createdAt: new Date(now - 410 * DAY) });
    await insertRound(db, busy, { name: "Under way", status: "OPEN", createdAt: new Date(now - 5 * DAY) });
  });
  const today = toIsoDate(new Date());
  const overdueText = describeReassessment(reassessmentState(closed.overdue, false, today)!);
  const soonText = describeReassessment(reassessmentState(closed.soon, false, today)!);
  expect(overdueText).toMatch(/^Overdue by \d+ days$/);

  await signInThroughForm(page, email);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.goto(`/w/${slug}`);
  await expect(page.getByRole("status").filter({ hasText: "1 organization is overdue for re-assessment" })).toContainText("Alpha Overdue.");
  const alpha = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Alpha Overdue" }) });
  await expect(alpha).toContainText(`Re-assessment ${overdueText.toLowerCase()}`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Bravo Soon" }) })).toContainText(`Re-assessment ${soonText.toLowerCase()}`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Echo Busy" }) })).not.toContainText("Re-assessment");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("navigation", { name: "Sort organizations" }).getByRole("link", { name: "Re-assessment due" }).click();
  await expect(page).toHaveURL(/sort=due/);
  expect(await listedNames(page)).toEqual(["Alpha Overdue", "Bravo Soon", "Charlie Later", "Delta New", "Echo Busy"]);
  await page.getByRole("link", { name: "Overdue or due within 30 days (2)" }).click();
  await expect(page.getByText("Overdue or due within 30 days (2)")).toHaveAttribute("aria-current", "true");
  expect(await listedNames(page)).toEqual(["Alpha Overdue", "Bravo Soon"]);

  await page.getByRole("link", { name: "Alpha Overdue" }).click();
  const notice = page.getByRole("region", { name: "Next re-assessment" });
  await expect(notice).toContainText(`six months after Old round closed: ${overdueText.toLowerCase()}.`);
  await expectNoSeriousA11yViolations(page);
  await notice.getByRole("link", { name: "Start the next round from Old round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start the next round after Old round");
  await expect(page.getByLabel("Opens on (optional)")).toHaveValue(today);

  await page.goto(`/w/${slug}/organizations/${busy}`);
  await expect(page.getByRole("region", { name: "Next re-assessment" })).toContainText("Under way: Under way (open).");
});

test("the workspace and organization pages fit a 390 px phone @phone", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const email = uniqueEmail("duephone");
  const userId = await createAccount(request, email, "Pia Phone");
  const { slug, organizationIds } = await createWorkspaceFixture([{ userId, role: "CONSULTANT" }], ["A very long organization name that wraps on a phone", "Short"]);
  await withE2eDb((db) => insertRound(db, organizationIds[0]!, { name: "Old round", status: "CLOSED", closedAt: new Date(Date.now() - 250 * DAY) }));
  await signInThroughForm(page, email);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.goto(`/w/${slug}?sort=due`);
  await expect(page.getByText(/Re-assessment overdue by/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto(`/w/${slug}/organizations/${organizationIds[0]}`);
  await expect(page.getByRole("region", { name: "Next re-assessment" })).toContainText("overdue by");
  await expectNoHorizontalScroll(page);
});
