import { expect, test } from "@playwright/test";

import { createAccount, PASSWORD, signInThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { linkIn, mailsTo, waitForMails } from "./support/mailbox";

const NEW_PASSWORD = "a brand new passphrase 42";

test("forgot password: the link arrives by e-mail, sets a new password once, and the old password stops working", async ({ page, request }) => {
  const email = uniqueEmail("forgot");
  await createAccount(request, email, "Fran Forgetful");

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "E-mail me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${email}, a link to choose a new password is on its way`);

  const [mail] = await waitForMails(email);
  expect(mail!.subject).toBe("Choose a new password for MPEM Assessment");
  expect(mail!.text).toContain("Hello Fran Forgetful,");
  const link = linkIn(mail!, "/reset-password/");
  // The link points at this app directly: no redirect service in between.
  expect(new URL(link).host).toBe(new URL(page.url()).host);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);
  await expect(page.getByText("Your new password is set, and you are signed out everywhere.")).toBeVisible();

  await signInThroughForm(page, email, PASSWORD);
  await expect(page.getByText("The e-mail or password is not right.")).toBeVisible();
  await signInThroughForm(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/workspaces|\/w\//);

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This reset link does not work" })).toBeVisible();
  await expect(page.getByText("This reset link has already been used.")).toBeVisible();
});

test("forgot password: an unknown address gets the same page, and no e-mail", async ({ page }) => {
  const email = uniqueEmail("nobody");
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "E-mail me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${email}, a link to choose a new password is on its way`);
  await page.waitForTimeout(1500);
  expect(await mailsTo(email)).toHaveLength(0);
});

test("forgot password: an expired link gets a clear page", async ({ page, request }) => {
  const email = uniqueEmail("expired");
  await createAccount(request, email);
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "E-mail me a reset link" }).click();
  const [mail] = await waitForMails(email);
  await withE2eDb((db) => db.query(`UPDATE "PasswordResetToken" SET "expiresAt" = now() - interval '1 minute' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]));
  await page.goto(linkIn(mail!, "/reset-password/"));
  await expect(page.getByRole("heading", { name: "This reset link does not work" })).toBeVisible();
  await expect(page.getByText("This reset link has expired: links work for 60 minutes.")).toBeVisible();
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});
