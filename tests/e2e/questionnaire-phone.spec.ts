import { expect, test } from "@playwright/test";

import { createParticipantFixture } from "./support/accounts";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a participant answers on a 360 px phone with the keyboard alone @phone", async ({ page }) => {
  await page.goto(`/r/${await createParticipantFixture()}`);
  await expect(page.getByRole("heading", { name: "Hello Kim Keyboard" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling").toBeLessThanOrEqual(360);

  const firstRadio = page.getByRole("region", { name: "Extent", exact: true }).getByRole("radio", { name: "Today: Level 1 · Basic" });
  for (let presses = 0; presses < 40 && !(await firstRadio.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(firstRadio).toBeFocused();
  await page.keyboard.press("ArrowDown"); // Today: Level 2
  const extent = page.getByRole("region", { name: "Extent", exact: true });
  await page.keyboard.press("Tab"); // into the "Needed" group, on the same row
  await expect(extent.getByRole("radio", { name: "Needed: Level 2 · Foundational" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown"); // Needed: Level 4
  await expect(extent.getByRole("radio", { name: "Today: Level 2 · Foundational" })).toBeChecked();
  await expect(extent.getByRole("radio", { name: "Needed: Level 4 · Mature" })).toBeChecked();
  await expect(page.getByText("1 / 11 answered")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();

  // The answer survives closing the tab: a fresh visit resumes at the next unanswered dimension, and
  // going back to Extent shows it.
  await page.reload();
  await expect(page.getByRole("region", { name: "Channel reach", exact: true })).toBeVisible();
  await page.getByLabel("Go to dimension").selectOption("extent");
  await expect(page.getByRole("region", { name: "Extent", exact: true }).getByRole("radio", { name: "Needed: Level 4 · Mature" })).toBeChecked();
});

test("a target below today is held back, with a warning, until a comment says why", async ({ page }) => {
  await page.goto(`/r/${await createParticipantFixture()}`);
  await page.getByLabel("Go to dimension").selectOption("scope"); // a phone shows one dimension at a time
  const scope = page.getByRole("region", { name: "Scope", exact: true });
  await scope.getByRole("radio", { name: "Today: Level 4 · Mature" }).check();
  await scope.getByRole("radio", { name: "Needed: Level 2 · Foundational" }).check();
  await expect(scope.getByRole("alert")).toContainText("add a comment saying why");
  await expect(page.getByRole("status").filter({ hasText: "1 answer needs your attention" })).toBeVisible();
  await scope.getByLabel("Comment (optional)").fill("We are retiring the loyalty app.");
  await expect(scope.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  await page.reload();
  await page.getByLabel("Go to dimension").selectOption("scope");
  await expect(page.getByRole("region", { name: "Scope", exact: true }).getByLabel("Comment (optional)")).toHaveValue("We are retiring the loyalty app.");
});
