import { expect, test } from "@playwright/test";

import { PASSWORD, signInThroughForm, signUpThroughForm, uniqueEmail } from "./support/accounts";

test("a consultant renames, archives and restores an organization, and the owner sees it in the audit log", async ({ page }) => {
  await signUpThroughForm(page, { name: "Orla Owner", email: uniqueEmail("orla"), workspaceName: "Orla Advisory" });
  const workspacePath = new URL(page.url()).pathname;
  await page.getByLabel("Name", { exact: true }).fill("Initech");
  await page.getByLabel("Industry (optional)").fill("Software");
  await page.getByLabel("Business units (optional)").fill("Platform\nServices");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Initech" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Business units" }).getByRole("listitem")).toHaveText(["Platform", "Services"]);

  const editForm = page.getByRole("region", { name: "Edit details" });
  await editForm.getByLabel("Name", { exact: true }).fill("Initech Global");
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(editForm.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Initech Global" })).toBeVisible();

  await page.getByRole("button", { name: "Archive organization" }).click();
  await expect(page.getByText("Archived. It no longer appears in the list of active organizations.")).toBeVisible();
  await page.goto(workspacePath);
  await expect(page.getByRole("link", { name: "Initech Global" })).toHaveCount(0);
  await page.getByRole("link", { name: "Show archived" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Initech Global" })).toContainText("Archived");
  await page.getByRole("link", { name: "Initech Global" }).click();
  await page.getByRole("button", { name: "Restore organization" }).click();
  await expect(page.getByText("Restored.")).toBeVisible();
  await page.goto(workspacePath);
  await expect(page.getByRole("link", { name: "Initech Global" })).toBeVisible();

  await page.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("table", { name: /Audit log/ });
  for (const action of ["Created the workspace", "Created an organization", "Renamed an organization", "Archived an organization", "Restored an organization", "Created an account"]) {
    await expect(log.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
  }
  await expect(log).not.toContainText(PASSWORD);
});

test("an owner changes a member's role and removes them; the member's access follows at once", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await signUpThroughForm(owner, { name: "Omar Owner", email: uniqueEmail("omar"), workspaceName: "Omar Partners" });
  const workspacePath = new URL(owner.url()).pathname;
  await owner.getByRole("link", { name: "Members" }).click();
  await owner.getByLabel(/^Consultant/).check();
  await owner.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await owner.getByLabel(/Invite link/).inputValue();

  const memberEmail = uniqueEmail("mia");
  const member = await (await browser.newContext()).newPage();
  await member.goto(inviteUrl);
  await member.getByRole("link", { name: "Create an account" }).click();
  await member.getByLabel("Your name").fill("Mia Member");
  await member.getByLabel("E-mail").fill(memberEmail);
  await member.getByLabel("Password").fill(PASSWORD);
  await member.getByRole("button", { name: "Create account" }).click();
  await expect(member.getByText("your role: Consultant")).toBeVisible();

  await owner.reload();
  const row = owner.getByRole("row", { name: /Mia Member/ });
  await row.getByLabel("Role of Mia Member").selectOption("VIEWER");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role changed.")).toBeVisible();
  await member.reload();
  await expect(member.getByText("your role: Viewer")).toBeVisible();
  await expect(member.getByRole("button", { name: "Add organization" })).toHaveCount(0);

  await owner.getByRole("row", { name: /Mia Member/ }).getByRole("button", { name: "Remove Mia Member" }).click();
  await expect(owner.getByRole("row", { name: /Mia Member/ })).toHaveCount(0);
  const response = await member.goto(workspacePath);
  expect(response?.status()).toBe(404);

  // The last owner cannot remove themself.
  await owner.reload();
  await owner.getByRole("row", { name: /Omar Owner/ }).getByRole("button", { name: "Remove Omar Owner" }).click();
  await expect(owner.getByText("A workspace needs at least one owner.")).toBeVisible();
  await signInThroughForm(await (await browser.newContext()).newPage(), memberEmail);
});

test("a consultant withdraws a participant's link and issues a new one", async ({ browser, page }) => {
  await signUpThroughForm(page, { name: "Wanda", email: uniqueEmail("wanda") });
  await page.getByLabel("Name", { exact: true }).fill("Hooli");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hooli" })).toBeVisible();
  await page.getByRole("region", { name: "Assessment rounds" }).getByLabel("Name", { exact: true }).fill("H2 2027");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H2 2027");
  await page.getByLabel("Name", { exact: true }).fill("Pia Participant");
  await page.getByRole("button", { name: "Add participant" }).click();
  const firstLink = await page.getByRole("textbox", { name: "Link for Pia Participant" }).inputValue();

  await page.reload();
  const row = page.getByRole("row", { name: /Pia Participant/ });
  // Withdrawing asks first and says what happens; Escape changes nothing.
  await row.getByRole("button", { name: "Withdraw link of Pia Participant" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw Pia Participant's link?" });
  await expect(dialog).toContainText("The link stops working at once");
  await expect(dialog).toContainText("They have not saved any answers yet.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Not started");
  // Keyboard only: open it again, Tab from Cancel to the confirming button, Enter.
  await row.getByRole("button", { name: "Withdraw link of Pia Participant" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Withdraw link" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row.getByText("Link withdrawn. Their answers stay in the results.")).toBeVisible();
  await expect(dialog).toBeHidden();
  const participant = await (await browser.newContext()).newPage();
  await participant.goto(firstLink);
  await expect(participant.getByText("This link has been withdrawn.")).toBeVisible();

  await page.reload();
  await page.getByRole("row", { name: /Pia Participant/ }).getByRole("button", { name: "New link for Pia Participant" }).click();
  await page.getByRole("dialog", { name: "Issue a new link for Pia Participant?" }).getByRole("button", { name: "Issue new link" }).click();
  const secondLink = await page.getByRole("textbox", { name: "Link for Pia Participant" }).inputValue();
  expect(secondLink).not.toBe(firstLink);
  await participant.goto(secondLink);
  await expect(participant.getByRole("heading", { name: "Hello Pia Participant" })).toBeVisible();
  await expect(participant.getByText("This round has not opened yet.")).toBeVisible();
});

test("someone who already has an account signs in from an invite link and joins", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await signUpThroughForm(owner, { name: "Ida Owner", email: uniqueEmail("ida"), workspaceName: "Ida Insights" });
  await owner.getByRole("link", { name: "Members" }).click();
  await owner.getByLabel(/^Viewer/).check();
  await owner.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await owner.getByLabel(/Invite link/).inputValue();

  const existingEmail = uniqueEmail("eli");
  const existing = await (await browser.newContext()).newPage();
  await signUpThroughForm(existing, { name: "Eli Existing", email: existingEmail, workspaceName: "Eli's own" });
  await existing.getByRole("button", { name: "Sign out" }).click();
  await expect(existing.getByText("You are signed out.")).toBeVisible();

  await existing.goto(inviteUrl);
  await existing.getByRole("link", { name: "Sign in" }).last().click();
  await existing.getByLabel("E-mail").fill(existingEmail);
  await existing.getByLabel("Password").fill(PASSWORD);
  await existing.getByRole("button", { name: "Sign in" }).click();
  await expect(existing.getByText("You are invited to join Ida Insights as viewer.")).toBeVisible();
  await existing.getByRole("button", { name: "Join Ida Insights" }).click();
  await expect(existing.getByText("your role: Viewer")).toBeVisible();
  await existing.getByText("Switch workspace").click();
  await expect(existing.getByRole("link", { name: "Eli's own" })).toBeVisible();
});
