import { expect, test } from "@playwright/test";

import { signInThroughForm } from "./support/accounts";

// The Content-Security-Policy is only worth having if the app itself never trips it: every page a
// person visits, charts included, loads without a single CSP report in the console.

test("pages carry the security headers and run without Content-Security-Policy violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text())) violations.push(message.text());
  });

  const response = await page.goto("/model");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  // APP_URL is plain http here: asking the browser to upgrade would break every script.
  expect(headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();

  // The nonce changes with every response.
  const again = await page.goto("/model");
  expect(again!.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);

  await signInThroughForm(page, "demo@mpem.test", "mpem-demo-workshop");
  await page.getByRole("link", { name: "Demo Consultancy" }).click();
  await page.getByRole("link", { name: "Acme Retail" }).click();
  await page.getByRole("link", { name: "Results of H1 2026" }).click();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("session cookies are HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signInThroughForm(page, "demo@mpem.test", "mpem-demo-workshop");
  await expect(page).toHaveURL(/\/workspaces$/);
  const session = (await context.cookies()).find((cookie) => cookie.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
