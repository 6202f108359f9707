import { expect, test } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";

test.describe("the model reference page", () => {
  test("shows every category, dimension, level and all 55 descriptors @phone", async ({ page }) => {
    await page.goto("/model");
    await expect(page.getByRole("heading", { level: 1, name: mpem.name })).toBeVisible();

    for (const category of mpem.categories) {
      await expect(page.getByRole("heading", { level: 2, name: category.name })).toBeVisible();
    }

    const levelsSection = page.getByRole("region", { name: "The levels" });
    for (const level of mpem.levels) {
      await expect(levelsSection.getByRole("heading", { name: `Level ${level.rank} ${level.name}` })).toBeVisible();
      for (const paragraph of level.summary) await expect(levelsSection.getByText(paragraph, { exact: true })).toBeVisible();
    }

    const dimensionRegions = page.locator("section[id^='dimension-']");
    await expect(dimensionRegions).toHaveCount(11);
    let descriptorsSeen = 0;
    for (const dimension of mpem.dimensions) {
      const region = page.getByRole("region", { name: dimension.name, exact: true });
      await expect(region.getByRole("heading", { level: 3, name: dimension.name, exact: true })).toBeVisible();
      await expect(region.getByText(dimension.includes, { exact: false })).toBeVisible();
      const levels = region.getByRole("list", { name: `${dimension.name}: the levels` }).getByRole("listitem");
      await expect(levels).toHaveCount(5);
      for (const [index, level] of mpem.levels.entries()) {
        const descriptor = dimension.descriptors[level.id];
        await expect(levels.nth(index)).toContainText(`Level ${level.rank}`);
        await expect(levels.nth(index)).toContainText(level.name);
        await expect(levels.nth(index).getByText(descriptor, { exact: true })).toBeVisible();
        descriptorsSeen += 1;
      }
    }
    expect(descriptorsSeen).toBe(55);
  });

  test("maps business outcomes to dimensions, linking to each", async ({ page }) => {
    await page.goto("/model");
    const table = page.getByRole("table", { name: /Business outcomes/ });
    await expect(table.getByRole("row")).toHaveCount(mpem.outcomes.length + 1);
    for (const outcome of mpem.outcomes) {
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: outcome.name }) });
      for (const scenario of outcome.scenarios) await expect(row.getByText(scenario, { exact: true })).toBeVisible();
      await expect(row.getByRole("link")).toHaveCount(outcome.dimensionIds.length);
    }
    await table.getByRole("link", { name: "Channel reach" }).first().click();
    await expect(page).toHaveURL(/#dimension-channel-reach$/);
  });

  test("states the attribution and CC BY-SA licence of the model text", async ({ page }) => {
    await page.goto("/model");
    const licence = page.getByRole("region", { name: "Licence and attribution" });
    await expect(licence).toContainText("Mindtree");
    await expect(licence.getByRole("link", { name: /Attribution-ShareAlike|CC BY-SA/ })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by-sa/4.0/",
    );
    await expect(licence).toContainText("adaptation");
  });

  test("has no serious accessibility violations and works from the keyboard", async ({ page }) => {
    await page.goto("/model");
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("prints without navigation chrome", async ({ page }) => {
    await page.goto("/model");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
