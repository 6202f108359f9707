import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { uniqueEmail } from "./support/accounts";
import { createOwnApp, type OwnApp } from "./support/own-app";
import { expectNoHorizontalScroll } from "./support/rounds";

// With no SMTP_URL (the embedded default) nothing is dropped: every message waits in the outbox
// with its link, and the round page says that mail is not set up. Runs its own app without SMTP_URL.
test.setTimeout(180_000);

let app: OwnApp;

test.beforeAll(async () => {
  app = await createOwnApp({ SMTP_URL: "" });
  await app.start();
});

test.afterAll(async () => {
  await app?.dispose();
});

test("without a mail server, the outbox shows every message and its link", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Otto Outbox");
  await page.getByLabel("E-mail").fill(uniqueEmail("otto"));
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByLabel("Workspace name").fill("Offline Partners");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  const workspaceUrl = page.url();
  await page.getByLabel("Name", { exact: true }).fill("Umbrella");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Umbrella" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).first().fill("H1 2028");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H1 2028");
  await page.getByLabel("Paste a list").fill(`Ann Outbox, ${uniqueEmail("ann")}\n<img src=x onerror=alert(1)>, ${uniqueEmail("evil")}`);
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText("2 participants added.")).toBeVisible();

  const mailSection = page.getByRole("region", { name: "E-mail" });
  await expect(mailSection.getByRole("note")).toContainText("E-mail is not set up on this server");
  await mailSection.getByRole("button", { name: "Put links in the outbox" }).click();
  await expect(mailSection.getByText("Mail is not set up on this server, so 2 e-mails (links) wait in the outbox")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: /Ann Outbox/ })).toContainText("In the outbox");

  await page.getByRole("navigation", { name: "Workspace sections" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("E-mail is not set up on this server");
  const messages = page.getByRole("list", { name: "Messages, newest first" }).getByRole("listitem");
  await expect(messages).toHaveCount(2);
  await expect(messages.filter({ hasText: "Ann Outbox" })).toContainText("Waiting in the outbox (mail is not set up)");
  await expect(page.getByText("To: <img src=x onerror=alert(1)>", { exact: false })).toBeVisible();
  const annLink = await page.getByLabel("Link for Ann Outbox").inputValue();
  const evilLink = await page.getByLabel("Link for <img src=x onerror=alert(1)>").inputValue();
  expect(annLink).toMatch(new RegExp(`^${app.url}/r/[A-Za-z0-9_-]{43}$`));
  expect(evilLink).not.toBe(annLink);
  await expectNoSeriousA11yViolations(page);

  // The copied link opens that person's own questionnaire.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(annLink);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Hello Ann Outbox");
  await visitor.context().close();

  // An invitation by e-mail waits there too, with its link.
  await page.goto(`${workspaceUrl}/members`);
  await page.getByLabel("Their e-mail (optional)").fill("colleague@example.test");
  await page.getByRole("button", { name: "Create invite link" }).click();
  await expect(page.getByText("E-mail is not set up on this server, so the invitation to colleague@example.test waits in the outbox.")).toBeVisible();
  await page.goto(`${workspaceUrl}/outbox`);
  await expect(messages).toHaveCount(3);
  expect(await page.getByLabel("Link for colleague@example.test").inputValue()).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await context.close();
});
