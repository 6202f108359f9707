import { expect, test, type Page } from "@playwright/test";

import { signUpThroughForm, uniqueEmail } from "./support/accounts";

// Every form, fed what a careless or hostile user might type: nothing, far too much, markup, and
// values of the wrong kind. Each gets a message at the field, never a server error, and markup is
// shown as text.

const tenKilobytes = "x".repeat(10_240);
const markup = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

/** What a hostile user does first: lift the browser-side length limit, so the server's is tested. */
async function fillPastLimit(page: Page, label: string, value: string) {
  const field = page.getByLabel(label);
  await field.evaluate((element) => element.removeAttribute("maxlength"));
  await field.fill(value);
}

function trackServerErrors(page: Page): number[] {
  const statuses: number[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) statuses.push(response.status());
  });
  return statuses;
}

test("sign-up and sign-in explain empty, oversized and malformed input", async ({ page }) => {
  const serverErrors = trackServerErrors(page);
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");

  await fillPastLimit(page, "Your name", tenKilobytes);
  await page.getByLabel("E-mail").fill("not-an-address");
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Name must be at most 80 characters.")).toBeVisible();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();

  await page.getByLabel("Your name").fill("Pat");
  await page.getByLabel("E-mail").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is one of the most commonly used ones. Choose another.").first()).toBeVisible();
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/at least 8 characters/i).first()).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(tenKilobytes);
  await page.getByLabel("Password").fill(tenKilobytes);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/E-mail must be at most 254 characters|Enter a valid e-mail address/).first()).toBeVisible();
  expect(serverErrors).toEqual([]);
});

test("organization and workspace forms keep markup as text and reject bad values at the field", async ({ page }) => {
  const serverErrors = trackServerErrors(page);
  await signUpThroughForm(page, { name: "Mallory", email: uniqueEmail("mallory") });

  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByText("Name is required.")).toBeVisible();

  await fillPastLimit(page, "Name", tenKilobytes);
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByText("Name must be at most 120 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(tenKilobytes); // what was typed is kept

  await page.getByLabel("Name").fill(markup);
  await page.getByLabel("Industry (optional)").fill(markup.slice(0, 80));
  await page.getByLabel("Business units (optional)").fill(`${markup}\nStores`);
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(markup);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The same name twice in one workspace is a field error, not a crash.
  const workspacePath = new URL(page.url()).pathname.split("/organizations/")[0]!;
  await page.goto(workspacePath);
  await page.getByLabel("Name").fill(markup);
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByText("An organization with this name already exists in this workspace.")).toBeVisible();

  await page.goto("/workspaces");
  await page.getByLabel("Workspace name").fill(" ");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("Workspace name is required.")).toBeVisible();
  expect(serverErrors).toEqual([]);
});

test("a role that does not exist is refused at the field", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const serverErrors = trackServerErrors(page);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Rolf");
  await page.getByLabel("E-mail").fill(uniqueEmail("rolf"));
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("link", { name: "Members" }).click();
  await page.locator("input[name=role][value=VIEWER]").evaluate((input: HTMLInputElement) => {
    input.value = "SUPERUSER";
    input.checked = true;
  });
  await page.getByRole("button", { name: "Create invite link" }).click();
  await expect(page.getByText("Choose a role: Owner, Consultant or Viewer.").first()).toBeVisible();
  expect(serverErrors).toEqual([]);
});
