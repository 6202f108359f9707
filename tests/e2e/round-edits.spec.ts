import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { createAccount, createWorkspaceFixture, signInThroughForm, uniqueEmail } from "./support/accounts";

// A consultant corrects a round after creating it: dates, name, a renamed group, a removed group
// whose people move elsewhere, and one participant moved by hand. Nobody is dropped on the way.

const groupCell = (page: import("@playwright/test").Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) }).getByRole("cell").first();

/** Opens the "Edit …" disclosure unless a save left it open. */
async function openEditor(page: import("@playwright/test").Page, roundName: string) {
  const details = page.locator("details").filter({ has: page.getByText(`Edit ${roundName}`) });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await page.getByText(`Edit ${roundName}`).click();
}

test("edit a round's name, dates and groups, move a participant; a closed round keeps its groups", async ({ page, request }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("edith");
  const userId = await createAccount(request, email, "Edith Editor");
  const { slug, organizationIds } = await createWorkspaceFixture([{ userId, role: "CONSULTANT" }], ["Edit Co"]);
  await signInThroughForm(page, email);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.goto(`/w/${slug}/organizations/${organizationIds[0]}`);
  await page.getByLabel("Name", { exact: true }).first().fill("Spring 2027");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Spring 2027");
  await page.getByLabel("Paste a list").fill("Ana, Marketing\nBen, IT\nCleo, Leadership\nDan, Leadership");
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText("4 participants added.")).toBeVisible();

  await openEditor(page, "Spring 2027");
  const form = page.getByRole("region", { name: "Name, dates and groups" });
  await form.getByLabel("Opens on (optional)").fill("2027-03-10");
  await form.getByLabel("Closes on (optional)").fill("2027-03-01");
  await form.getByRole("checkbox", { name: "Remove Leadership" }).check();
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("The closing date must not be before the opening date.")).toBeVisible();
  await expect(form.getByText("Leadership has 2 participants: choose where they go (another group, or no group) before removing it.")).toBeVisible();
  // Nothing was saved, and what was typed is still there.
  await expect(form.getByRole("checkbox", { name: "Remove Leadership" })).toBeChecked();
  await expect(groupCell(page, "Cleo")).toHaveText("Leadership");
  await expectNoSeriousA11yViolations(page);

  await form.getByLabel("Closes on (optional)").fill("2027-03-24");
  await form.getByLabel("Round name").fill("H1 2027");
  await form.getByLabel("Group 2 (1 participant)").fill("Technology");
  await form.getByLabel("Move its 2 participants to").selectOption("Marketing");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Saved H1 2027. 3 participants moved with their group.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H1 2027");
  await expect(page.getByText("Opens 10 Mar 2027. Closes 24 Mar 2027.")).toBeVisible();
  await expect(groupCell(page, "Ben")).toHaveText("Technology");
  await expect(groupCell(page, "Cleo")).toHaveText("Marketing");
  await expect(groupCell(page, "Dan")).toHaveText("Marketing");
  await expect(page.getByRole("rowheader")).toHaveCount(4);

  // One participant moved by hand.
  await page.getByLabel("Group of Ana").selectOption("Technology");
  await page.getByRole("button", { name: "Move Ana" }).click();
  await expect(page.getByText("Ana moved to Technology. Their answers count there.")).toBeVisible();
  await expect(groupCell(page, "Ana")).toHaveText("Technology");

  // Closed: the name can still be corrected, the groups cannot change, nobody can be moved.
  await page.getByRole("button", { name: "Open the round" }).click();
  await page.getByRole("button", { name: "Close the round" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close the round" }).click();
  await expect(page.getByText("The round is closed")).toBeVisible();
  await expect(page.getByLabel("Group of Ana")).toHaveCount(0);
  await openEditor(page, "H1 2027");
  await expect(form.getByText(/This round is closed: its published results depend on who is in which group/)).toBeVisible();
  await expect(form.getByRole("checkbox", { name: /Remove/ })).toHaveCount(0);
  await form.getByLabel("Round name").fill("H1 2027 (pilot)");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Saved H1 2027 (pilot).")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H1 2027 (pilot)");
});
