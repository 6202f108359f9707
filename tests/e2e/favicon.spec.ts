import { expect, test } from "@playwright/test";

// Every page names an icon that exists, so no browser asks for a missing favicon.
test("pages have a favicon and load without a 404", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  for (const path of ["/", "/sign-in", "/model"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<svg");
  expect(missing).toEqual([]);
});
