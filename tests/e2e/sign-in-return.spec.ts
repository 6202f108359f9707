import { expect, test } from "@playwright/test";

import { PASSWORD, signUpThroughForm, uniqueEmail } from "./support/accounts";

// A results link shared in an e-mail is opened by someone who is signed out: after signing in they
// land on those results, not on a generic start page.
test("a signed-out deep link to results returns to the results after sign-in", async ({ page }) => {
  const email = uniqueEmail("deeplink");
  await signUpThroughForm(page, { name: "Dee Link", email, workspaceName: "Deep Links" });
  await page.getByLabel("Name", { exact: true }).fill("Linkco");
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("region", { name: "Assessment rounds" }).getByLabel("Name", { exact: true }).fill("H1 2028");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H1 2028");
  const resultsPath = `${new URL(page.url()).pathname}/results`;

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();

  await page.goto(`${resultsPath}?view=print`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${resultsPath}\\?view=print$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Results: H1 2028");
});

test("the return path never leaves the site", async ({ page }) => {
  const email = uniqueEmail("offsite");
  await signUpThroughForm(page, { name: "Off Site", email });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/); // the session is gone before the next page opens
  await page.goto(`/sign-in?next=${encodeURIComponent("//evil.example/x")}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
});
