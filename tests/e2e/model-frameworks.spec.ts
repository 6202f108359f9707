import { expect, test, type Page } from "@playwright/test";

import { governanceTiers } from "../../src/domain/boundaries/governance-tiers";
import { sevenSins } from "../../src/domain/boundaries/seven-sins";
import { tcsDataMaturity } from "../../src/domain/frameworks/tcs-data-maturity";
import { expectNoSeriousA11yViolations } from "./accessibility";

const tcsTitle = "Personalization Boundaries: Tuning In to Customers Without Turning Them Off";

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(innerWidth);
}

test.describe("the other models' pages", () => {
  test("the model page links to the TCS model and the boundaries page, which link back", async ({ page }) => {
    await page.goto("/model");
    const others = page.getByRole("navigation", { name: "Other models" });
    await others.getByRole("link", { name: tcsDataMaturity.name }).click();
    await expect(page).toHaveURL(/\/model\/tcs-data-maturity$/);
    await expect(page.getByRole("heading", { level: 1, name: tcsDataMaturity.name })).toBeVisible();

    await page.getByRole("navigation", { name: "Other models" }).getByRole("link", { name: "Personalization boundaries" }).click();
    await expect(page).toHaveURL(/\/model\/boundaries$/);
    await page.getByRole("navigation", { name: "Other models" }).getByRole("link", { name: "Mindtree Personalization Effectiveness Model" }).click();
    await expect(page).toHaveURL(/\/model$/);
  });

  test("the TCS page shows its 4 aspects at 3 levels, with every descriptor, and cites its source @phone", async ({ page }) => {
    await page.goto("/model/tcs-data-maturity");
    await expect(page.getByRole("heading", { level: 1, name: tcsDataMaturity.name })).toBeVisible();
    await expect(page.getByText("It has 4 dimensions and 3 levels.", { exact: false })).toBeVisible();

    const levelsSection = page.getByRole("region", { name: "The levels" });
    for (const level of tcsDataMaturity.levels) await expect(levelsSection.getByRole("heading", { name: `Level ${level.rank} ${level.name}` })).toBeVisible();

    await expect(page.locator("section[id^='dimension-']")).toHaveCount(4);
    for (const dimension of tcsDataMaturity.dimensions) {
      const region = page.getByRole("region", { name: dimension.name, exact: true });
      const levels = region.getByRole("list", { name: `${dimension.name}: the levels` }).getByRole("listitem");
      await expect(levels).toHaveCount(3);
      for (const [index, level] of tcsDataMaturity.levels.entries()) {
        await expect(levels.nth(index)).toContainText(level.name);
        await expect(levels.nth(index).getByText(dimension.descriptors[level.id], { exact: true })).toBeVisible();
      }
    }

    // No business outcome map: no empty table, no link to one.
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Business outcomes" })).toHaveCount(0);

    const source = page.getByRole("region", { name: "Source" });
    await expect(source).toContainText(tcsTitle);
    await expect(source).toContainText("Tata Consultancy Services");
    await expect(source).toContainText("our own wording");
    await expect(source.getByRole("link")).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });

  test("gives each of the 3 levels a third of the row on a wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/model/tcs-data-maturity");
    const list = page.getByRole("list", { name: "Contact frequency: the levels" });
    const items = list.getByRole("listitem");
    const listBox = await list.boundingBox();
    const boxes = await Promise.all([0, 1, 2].map((index) => items.nth(index).boundingBox()));
    expect(new Set(boxes.map((box) => Math.round(box?.y ?? -1))).size, "one row").toBe(1);
    expect(Math.abs((boxes[2]?.x ?? 0) + (boxes[2]?.width ?? 0) - ((listBox?.x ?? 0) + (listBox?.width ?? 0))), "the last level ends at the row's end").toBeLessThan(2);
  });

  test("shows the latest version by default, a named version on request, and 404 for unknown ones", async ({ page }) => {
    await page.goto("/model/tcs-data-maturity?version=1.0");
    await expect(page.getByText(`${tcsDataMaturity.shortName} · version 1.0`)).toBeVisible();
    for (const path of ["/model/tcs-data-maturity?version=9.9", "/model/no-such-model"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("the boundaries page lists the seven sins and the four governance tiers, and cites its source @phone", async ({ page }) => {
    await page.goto("/model/boundaries");
    await expect(page.getByRole("heading", { level: 1, name: "Personalization boundaries" })).toBeVisible();

    const sins = page.getByRole("list", { name: "The seven sins" }).getByRole("listitem");
    await expect(sins).toHaveCount(7);
    for (const [index, sin] of sevenSins.entries()) {
      await expect(sins.nth(index).getByRole("heading", { level: 3 })).toHaveText(`${index + 1}. ${sin.name}`);
      await expect(sins.nth(index).getByText(sin.question)).toBeVisible();
    }

    const tiers = page.getByRole("list", { name: "The governance tiers" }).locator(":scope > li");
    await expect(tiers).toHaveCount(4);
    for (const [index, tier] of governanceTiers.entries()) {
      await expect(tiers.nth(index).getByRole("heading", { level: 3 })).toHaveText(tier.name);
      await expect(tiers.nth(index).getByRole("list", { name: `${tier.name}: in place when` }).getByRole("listitem")).toHaveCount(tier.items.length);
    }

    await expect(page.getByRole("region", { name: "The more advanced, the more it matters" })).toContainText("Personal data usage, Offer positioning (high at Leading).");
    const source = page.getByRole("region", { name: "Source" });
    await expect(source).toContainText(tcsTitle);
    await expect(source).toContainText("Tata Consultancy Services");
    await expectNoSidewaysScroll(page);
  });

  test("both pages have no serious accessibility violations", async ({ page }) => {
    for (const path of ["/model/tcs-data-maturity", "/model/boundaries"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  });
});
