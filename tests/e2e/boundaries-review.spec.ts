import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { createAccount, signInThroughForm, signUpThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { createAnsweredRound, expectNoHorizontalScroll } from "./support/rounds";

// Issue 11: a consultant completes a boundaries review for an organization whose round rates Extent
// (a dimension that rests on personal data) at Leader, and marks one sin exposed: the results warn
// before anything else. A viewer reads the review but cannot change it.

test("a consultant completes a boundaries review; the results warn about an exposed sin at a high personal-data level", async ({ browser, page }) => {
  test.setTimeout(90_000);
  await signUpThroughForm(page, { name: "Bea Boundaries", email: uniqueEmail("bea"), workspaceName: "Boundary Testers" });
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const people = ["Ana", "Ben", "Cleo"].map((name) => ({ name, group: null, today: 2, needed: 4, todayFor: { extent: 5 } }));
  const { roundPath, organizationId } = await createAnsweredRound(slug, { name: "H1 2027", people });
  const resultsPath = `${roundPath}/results`;

  // No review yet: no warning, whatever the levels.
  await page.goto(resultsPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Results: H1 2027");
  await expect(page.getByRole("region", { name: /Personalization boundaries/ })).toHaveCount(0);

  await page.goto(`/w/${slug}/organizations/${organizationId}`);
  await expect(page.getByText("No boundaries review yet.")).toBeVisible();
  await page.getByRole("link", { name: "Start the boundaries review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Boundaries review" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const sin = page.getByRole("group", { name: "Digging Too Deep", exact: true });
  await sin.getByRole("radio", { name: "Yes", exact: true }).check();
  await sin.getByLabel("Evidence", { exact: true }).fill("Ads follow customers with what they browsed on partner sites.");
  await sin.getByLabel("Mitigation", { exact: true }).fill("Stop buying third-party browsing data by Q3.");
  await sin.getByLabel("Owner of the mitigation").fill("Head of CRM");
  await page.getByRole("group", { name: "Overcrowding", exact: true }).getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("group", { name: "Values", exact: true }).getByRole("checkbox", { name: /too private/ }).check();
  await page.getByRole("button", { name: "Save the review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The boundaries review is saved." })).toBeVisible();
  await expect(page.getByText("Last saved by Bea Boundaries")).toBeVisible();

  await page.reload();
  await expect(sin.getByRole("radio", { name: "Yes", exact: true })).toBeChecked();
  await expect(sin.getByLabel("Owner of the mitigation")).toHaveValue("Head of CRM");
  await expect(page.getByRole("group", { name: "Values", exact: true }).getByRole("checkbox", { name: /too private/ })).toBeChecked();

  await page.goto(`/w/${slug}/organizations/${organizationId}`);
  await expect(page.getByText("Reviewed by Bea Boundaries")).toContainText("1 sin marked exposed, 5 not assessed; 1 of 18 governance items in place.");

  await page.goto(resultsPath);
  const warning = page.getByRole("region", { name: /Personalization boundaries/ });
  await expect(warning).toContainText("Extent is at Leader (level 5 of 5) while Digging Too Deep is marked as exposed");
  await expect(warning).not.toContainText("Scope");
  // The executive summary says so, first: inside it, above its figures and the radar.
  const summary = page.getByRole("region", { name: "At a glance" });
  await expect(summary.getByRole("region", { name: /Personalization boundaries/ })).toBeVisible();
  const order = await page.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
    return { warningBox: top('[aria-labelledby="boundaries-warning-title"]'), overall: [...document.querySelectorAll("p")].find((element) => element.textContent?.startsWith("Overall today"))!.getBoundingClientRect().top, radar: top(".recharts-surface") };
  });
  expect(order.warningBox).toBeLessThan(order.overall);
  expect(order.overall).toBeLessThan(order.radar);
  await expectNoSeriousA11yViolations(page);
  await warning.getByRole("link", { name: "See the boundaries review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Boundaries review" })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.goto(resultsPath);
  await expectNoHorizontalScroll(page);

  // A viewer reads the review, and cannot change it.
  const viewerEmail = uniqueEmail("vic");
  const viewerId = await createAccount(page.request, viewerEmail, "Vic Viewer");
  await withE2eDb((db) =>
    db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") SELECT $1, $2, id, 'VIEWER', now() FROM "Workspace" WHERE slug = $3`, [randomUUID(), viewerId, slug]),
  );
  const viewer = await (await browser.newContext()).newPage();
  await signInThroughForm(viewer, viewerEmail);
  await viewer.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await viewer.goto(`/w/${slug}/organizations/${organizationId}/boundaries`);
  const readOnly = viewer.getByRole("listitem").filter({ has: viewer.getByRole("heading", { name: "Digging Too Deep" }) });
  await expect(readOnly).toContainText("Yes");
  await expect(readOnly).toContainText("Head of CRM");
  await expect(viewer.getByRole("button", { name: "Save the review" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(viewer);
  await viewer.goto(resultsPath);
  await expect(viewer.getByRole("region", { name: /Personalization boundaries/ })).toBeVisible();
});
