import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { PASSWORD, signInThroughForm, signUpThroughForm, uniqueEmail } from "./support/accounts";
import { signInFrom } from "./support/http-from";

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

  test("an invite withdrawn while someone fills in the sign-up form leaves no half-made account", async ({ browser }) => {
    const owner = await (await browser.newContext()).newPage();
    await signUpThroughForm(owner, { name: "Wanda Withdraw", email: uniqueEmail("wanda"), workspaceName: "Withdrawn Co" });
    await owner.getByRole("link", { name: "Members" }).click();
    await owner.getByRole("button", { name: "Create invite link" }).click();
    const inviteUrl = await owner.getByLabel(/Invite link/).inputValue();

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(inviteUrl);
    await visitor.getByRole("link", { name: "Create an account" }).click();
    const email = uniqueEmail("late");
    await visitor.getByLabel("Your name").fill("Larry Late");
    await visitor.getByLabel("E-mail").fill(email);
    await visitor.getByLabel("Password").fill(PASSWORD);

    await owner.reload();
    await owner.getByRole("button", { name: "Withdraw", exact: true }).click();
    await expect(owner.getByRole("button", { name: "Withdraw", exact: true })).toHaveCount(0);

    await visitor.getByRole("button", { name: "Create account" }).click();
    await expect(visitor.getByRole("alert").filter({ hasText: "invite link" })).toContainText("This invite link has been withdrawn.");
    // Nothing was created: the same e-mail signs up afresh, no "account exists".
    await signUpThroughForm(visitor, { name: "Larry Late", email, workspaceName: "Larry's Own" });
    await expect(visitor.getByText("your role: Owner")).toBeVisible();
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

  test("brute force from one address gets 429 while the real user still signs in from theirs", async ({ browser }) => {
    const email = uniqueEmail("target");
    const page = await (await browser.newContext()).newPage();
    await signUpThroughForm(page, { name: "Tara Target", email });

    // The attacker is another machine as far as the server can tell: its own socket address.
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signInFrom("127.0.0.2", email, `wrong-${attempt}`)).status).toBe(401);
    }
    const blocked = await signInFrom("127.0.0.2", email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toContain("Too many failed sign-in attempts");
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(14 * 60);

    // The real user, at their own address (the browser's), is unaffected.
    const realUser = await (await browser.newContext()).newPage();
    await signInThroughForm(realUser, email);
    await expect(realUser).toHaveURL(/\/workspaces$/);
  });

  test("a forged X-Forwarded-For changes nothing: the limit holds and the audit log shows the real address", async ({ browser }) => {
    const email = uniqueEmail("forged");
    const owner = await (await browser.newContext()).newPage();
    await signUpThroughForm(owner, { name: "Fred Forged", email, workspaceName: "Forgery Test" });

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // A new made-up address every time, in every header a naive server might read.
      const forged = `203.0.113.${attempt}`;
      const reply = await signInFrom("127.0.0.3", email, `wrong-${attempt}`, {
        "x-forwarded-for": forged,
        "x-real-ip": forged,
        "x-mpem-client-address": forged,
        "x-mpem-client-address-key": "guessed",
      });
      expect(reply.status).toBe(401);
    }
    expect((await signInFrom("127.0.0.3", email, PASSWORD, { "x-forwarded-for": "198.51.100.99" })).status).toBe(429);

    await owner.getByRole("link", { name: "Audit log" }).click();
    await expect(owner.getByText(/sign-ins, failed or blocked sign-ins and password changes of its current members since they\s+joined/)).toBeVisible();
    const blockedRow = owner.getByRole("row").filter({ hasText: "Sign-in blocked" });
    await expect(blockedRow).toHaveCount(1);
    await expect(blockedRow).toContainText("attempts refused: 1");
    const failures = owner.getByRole("row").filter({ hasText: "Failed sign-in" });
    await expect(failures).toHaveCount(5);
    for (const row of await failures.all()) await expect(row).toContainText("127.0.0.3");
    await expect(owner.getByRole("table")).not.toContainText("203.0.113.");
    await expect(owner.getByRole("table")).not.toContainText("198.51.100.99");
    await expectNoSeriousA11yViolations(owner);
  });

  test("30 wrong passwords sent at once: at most 5 are checked, the rest get 429", async ({ browser }) => {
    const email = uniqueEmail("burst");
    const page = await (await browser.newContext()).newPage();
    await signUpThroughForm(page, { name: "Bea Burst", email });
    const replies = await Promise.all(Array.from({ length: 30 }, (_, index) => signInFrom("127.0.0.4", email, `wrong-${index}`)));
    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(25);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  });

  test("a person who mistypes their password too often is told how long to wait", async ({ page }) => {
    const email = uniqueEmail("typo");
    await signUpThroughForm(page, { name: "Tim Typo", email });
    await page.context().clearCookies();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signInThroughForm(page, email, `not my password ${attempt}`);
      await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The e-mail or password is not right.");
    }
    await signInThroughForm(page, email);
    await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toContainText("Too many failed sign-in attempts. Try again in 15 minutes.");
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
  await expect(page.getByRole("table", { name: /Median level by group/ }).getByRole("columnheader")).toHaveText(["Dimension", "Marketing · 4 people", "IT · 4 people", "Leadership · 4 people"]);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
});
