import { expect, test } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { createParticipantFixture } from "./support/accounts";

// Self-paced on a phone: one dimension per screen instead of a ~19-screen scroll, a list to jump
// between dimensions that marks the answered ones, and previous/next.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const [extent, scope] = mpem.dimensions;
const region = (page: import("@playwright/test").Page, name: string) => page.getByRole("region", { name, exact: true });

test("a phone shows one dimension at a time, with a jump list marking answered ones @phone", async ({ page }) => {
  await page.goto(`/r/${await createParticipantFixture()}`);
  await expect(region(page, extent!.name)).toBeVisible();
  await expect(region(page, scope!.name)).toBeHidden();
  const page1Height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(page1Height / 844, "screens of scrolling").toBeLessThan(6);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await region(page, extent!.name).getByRole("radio", { name: "Today: Level 2 · Foundational" }).check();
  await region(page, extent!.name).getByRole("radio", { name: "Needed: Level 4 · Mature" }).check();
  const jump = page.getByLabel("Go to dimension");
  await expect(jump.getByRole("option", { name: `✓ 1. ${extent!.name} (answered)` })).toBeAttached();
  await expect(jump.getByRole("option", { name: `○ 2. ${scope!.name}` })).toBeAttached();

  await page.getByRole("button", { name: "Next" }).click();
  await expect(region(page, scope!.name)).toBeVisible();
  await expect(region(page, extent!.name)).toBeHidden();
  await jump.selectOption(mpem.dimensions[5]!.id);
  await expect(region(page, mpem.dimensions[5]!.name)).toBeVisible();
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(region(page, mpem.dimensions[4]!.name)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The answer given on the first screen is still there when coming back to it.
  await jump.selectOption(extent!.id);
  await expect(region(page, extent!.name).getByRole("radio", { name: "Needed: Level 4 · Mature" })).toBeChecked();
});

test("on a wide screen every dimension stays on the page and the list jumps to one", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/r/${await createParticipantFixture()}`);
  await expect(region(page, scope!.name)).toBeVisible();
  await page.getByLabel("Go to dimension").selectOption(mpem.dimensions[9]!.id);
  await expect(region(page, mpem.dimensions[9]!.name)).toBeInViewport();
});
