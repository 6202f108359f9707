import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { createAccount, signInThroughForm, signUpThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { createAnsweredRound, expectNoHorizontalScroll } from "./support/rounds";

// Deleting on request, after a confirmation that says what will go.

test("a consultant deletes one participant's answers on request; a withdrawn link keeps them", async ({ page }) => {
  await signUpThroughForm(page, { name: "Dee Leter", email: uniqueEmail("deleter") });
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const people = ["Ann", "Bea", "Cal", "Dot"].map((name, index) => ({ name, group: null, today: index + 1, needed: 5, comment: `${name} thinks so.` }));
  const { roundPath } = await createAnsweredRound(slug, { status: "CLOSED", people });
  await page.goto(`${roundPath}/results`);
  await expect(page.getByRole("status").filter({ hasText: "Based on 4 participants with answers" })).toBeVisible();

  // Withdrawing Ann's link in the closed round leaves the results as they were.
  await page.goto(roundPath);
  await page.getByRole("button", { name: "Withdraw link of Ann" }).click();
  await expect(page.getByRole("dialog")).toContainText("Their 11 saved answers stay in the results.");
  await page.getByRole("dialog").getByRole("button", { name: "Withdraw link" }).click();
  await expect(page.getByRole("row", { name: /Ann/ })).toContainText("Link withdrawn");
  await page.goto(`${roundPath}/results`);
  await expect(page.getByRole("status").filter({ hasText: "Based on 4 participants with answers" })).toBeVisible();
  await expect(page.getByText("Ann thinks so.")).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(roundPath);
  await expectNoHorizontalScroll(page);
  await page.getByRole("button", { name: "Delete Ann and their answers" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Ann and their answers?" });
  await expect(dialog).toContainText("This removes Ann from the round with their 11 saved answers, comments and evidence links included");
  await expect(dialog).toContainText("It cannot be undone.");
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByRole("row", { name: /Ann/ })).toHaveCount(0);
  await page.goto(`${roundPath}/results`);
  await expect(page.getByRole("status").filter({ hasText: "Based on 3 participants with answers, of 3 invited." })).toBeVisible();
  await expect(page.getByText("Ann thinks so.")).toHaveCount(0);
  await expect(page.getByText("Bea thinks so.")).toBeVisible();
});

test("only an owner can delete an organization, after seeing what will go", async ({ browser, page, request }) => {
  await signUpThroughForm(page, { name: "Owen Owner", email: uniqueEmail("owen"), workspaceName: "Owen Owns" });
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const { roundPath } = await createAnsweredRound(slug, { people: [1, 2, 3].map((level) => ({ name: `P${level}`, group: null, today: level, needed: 4 })) });
  const organizationId = await withE2eDb(async (db) => (await db.query<{ id: string }>(`SELECT "organizationId" AS id FROM "Round" WHERE id = $1`, [roundPath.split("/").pop()])).rows[0]!.id);
  const organizationPath = `/w/${slug}/organizations/${organizationId}`;

  // A consultant of the same workspace is not offered the button.
  const consultantEmail = uniqueEmail("connie");
  const consultantId = await createAccount(request, consultantEmail, "Connie Consultant");
  await withE2eDb((db) => db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") SELECT gen_random_uuid()::text, $1, id, 'CONSULTANT', now() FROM "Workspace" WHERE slug = $2`, [consultantId, slug]));
  const consultant = await (await browser.newContext()).newPage();
  await signInThroughForm(consultant, consultantEmail);
  await consultant.goto(organizationPath);
  await expect(consultant.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(consultant.getByRole("button", { name: "Delete organization" })).toHaveCount(0);

  await page.goto(organizationPath);
  await expect(page.getByText("Deleting removes the organization with 1 round, 3 participants and 33 saved answers, for good.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Delete organization" }).click();
  const dialog = page.getByRole("dialog", { name: /^Delete Fixture Org .* and everything in it\?$/ });
  await expect(dialog).toContainText("with 1 round, 3 participants and 33 saved answers");
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByText("The organization was deleted, with all its rounds and answers.")).toBeVisible();
  expect((await page.goto(roundPath))?.status()).toBe(404);

  await page.goto(`/w/${slug}/audit`);
  const deleted = page.getByRole("row").filter({ hasText: "Deleted an organization and all its rounds" });
  for (const count of ["rounds: 1", "participants: 3", "answers: 33"]) await expect(deleted).toContainText(count);
});
