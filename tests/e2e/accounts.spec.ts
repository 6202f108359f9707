import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { PASSWORD, signInThroughForm, signUpThroughForm, uniqueEmail } from "./support/accounts";

test.describe("accounts and workspaces", () => {
  test("sign up, sign out, sign in, invite a colleague who accepts, switch workspace", async ({ browser }) => {
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    const ownerEmail = uniqueEmail("owner");
    await signUpThroughForm(owner, { name: "Olivia Owner", email: ownerEmail, workspaceName: "Northwind Advisory" });
    await expect(owner.getByText("Northwind Advisory", { exact: true })).toBeVisible();
    await expect(owner.getByText("your role: Owner")).toBeVisible();
    await expectNoSeriousA11yViolations(owner);

    await owner.getByRole("button", { name: "Sign out" }).click();
    await expect(owner.getByText("You are signed out.")).toBeVisible();
    await owner.goto("/workspaces");
    await expect(owner).toHaveURL(/\/sign-in\?next=%2Fworkspaces/);
    await owner.getByLabel("E-mail").fill(ownerEmail);
    await owner.getByLabel("Password").fill(PASSWORD);
    await owner.getByRole("button", { name: "Sign in" }).click();
    await expect(owner).toHaveURL(/\/workspaces$/);
    await owner.getByRole("link", { name: "Northwind Advisory" }).click();

    await owner.getByRole("link", { name: "Members" }).click();
    await owner.getByLabel(/^Consultant/).check();
    await owner.getByLabel("Note (optional)").fill("For Carl");
    await owner.getByRole("button", { name: "Create invite link" }).click();
    const inviteUrl = await owner.getByLabel(/Invite link/).inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    await expectNoSeriousA11yViolations(owner);

    const colleagueContext = await browser.newContext();
    const colleague = await colleagueContext.newPage();
    await colleague.goto(inviteUrl);
    await expect(colleague.getByText("You are invited to join Northwind Advisory as consultant.")).toBeVisible();
    await colleague.getByRole("link", { name: "Create an account" }).click();
    await colleague.getByLabel("Your name").fill("Carl Consultant");
    const colleagueEmail = uniqueEmail("carl");
    await colleague.getByLabel("E-mail").fill(colleagueEmail);
    await colleague.getByLabel("Password").fill(PASSWORD);
    await colleague.getByRole("button", { name: "Create account" }).click();
    await expect(colleague.getByText("your role: Consultant")).toBeVisible();

    // The link works once.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(inviteUrl);
    await expect(stranger.getByText("This invite link has already been used.")).toBeVisible();

    await owner.reload();
    await expect(owner.getByRole("rowheader", { name: "Carl Consultant" })).toBeVisible();

    // The colleague starts their own workspace too, then switches between the two.
    await colleague.goto("/workspaces");
    await colleague.getByLabel("Workspace name").fill("Carl's Lab");
    await colleague.getByRole("button", { name: "Create workspace" }).click();
    await expect(colleague.getByText("your role: Owner")).toBeVisible();
    await colleague.getByText("Switch workspace").click();
    await colleague.getByRole("link", { name: "Northwind Advisory" }).click();
    await expect(colleague.getByText("your role: Consultant")).toBeVisible();

    await ownerContext.close();
    await colleagueContext.close();
  });

  test("changing the password ends the other sessions", async ({ browser }) => {
    const email = uniqueEmail("rotate");
    const first = await (await browser.newContext()).newPage();
    await signUpThroughForm(first, { name: "Rita Rotate", email });
    const second = await (await browser.newContext()).newPage();
    await signInThroughForm(second, email);
    await expect(second).toHaveURL(/\/workspaces$/);

    await first.goto("/account");
    await first.getByLabel("Current password").fill(PASSWORD);
    await first.getByLabel("New password").fill("a much longer and fresher passphrase");
    await first.getByRole("button", { name: "Change password" }).click();
    await expect(first.getByText("Password changed.")).toBeVisible();

    await second.reload();
    await expect(second).toHaveURL(/\/sign-in/);
    await first.goto("/workspaces");
    await expect(first).toHaveURL(/\/workspaces$/);
    await signInThroughForm(second, email, "a much longer and fresher passphrase");
    await expect(second).toHaveURL(/\/workspaces$/);
  });

  test("brute force gets 429 while the real user still signs in from another address", async ({ browser, request }) => {
    const email = uniqueEmail("target");
    const page = await (await browser.newContext()).newPage();
    await signUpThroughForm(page, { name: "Tara Target", email });

    const attacker = { "x-forwarded-for": "203.0.113.66" };
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await request.post("/api/auth/sign-in/email", { data: { email, password: `wrong-${attempt}` }, headers: attacker });
      expect(response.status()).toBe(401);
    }
    const blocked = await request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD }, headers: attacker });
    expect(blocked.status()).toBe(429);
    expect(await blocked.text()).toContain("Too many failed sign-in attempts");

    // The same person, from the attacker's address, is told why in the form.
    const fromAttackerAddress = await (await browser.newContext({ extraHTTPHeaders: attacker })).newPage();
    await signInThroughForm(fromAttackerAddress, email);
    await expect(fromAttackerAddress.getByRole("alert").filter({ hasText: "Too many" })).toContainText("Too many failed sign-in attempts. Try again in 15 minutes.");

    // The real user, elsewhere, is unaffected.
    const realUser = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.20" } })).newPage();
    await signInThroughForm(realUser, email);
    await expect(realUser).toHaveURL(/\/workspaces$/);
  });

  test("a wrong password says so without saying which part was wrong", async ({ page }) => {
    await signInThroughForm(page, uniqueEmail("nobody"), "not the password");
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The e-mail or password is not right.");
  });
});

test("the demo consultant named in the README signs in to the demo workspace", async ({ page }) => {
  await signInThroughForm(page, "demo@mpem.test", "mpem-demo-workshop");
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByRole("link", { name: "Demo Consultancy" }).click();
  await page.getByRole("link", { name: "Acme Retail" }).click();
  await page.getByRole("link", { name: "Results of H1 2026" }).click();
  await expect(page.getByText("Final results: the round is closed.")).toBeVisible();
  await expect(page.getByText(/Based on 12 participants/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Median level by group/ }).getByRole("columnheader")).toHaveText(["Dimension", "IT (4)", "Leadership (4)", "Marketing (4)"]);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
});
