import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { createAnsweredRound, expectNoHorizontalScroll, type FixturePerson } from "./support/rounds";

// What a consultant sees on the results page, on a phone and on a desktop.

async function newWorkspace(page: Page, label: string): Promise<string> {
  await signUpThroughForm(page, { name: `${label} Consultant`, email: uniqueEmail(label.toLowerCase()) });
  return new URL(page.url()).pathname.split("/")[2]!;
}

test("a draft round without participants says what to do instead of drawing an empty chart", async ({ page }) => {
  const slug = await newWorkspace(page, "Draft");
  const { roundPath } = await createAnsweredRound(slug, { status: "DRAFT", people: [] });
  await page.goto(`${roundPath}/results`);
  await expect(page.getByRole("status").filter({ hasText: "This round is a draft: nobody can answer until it is opened." })).toBeVisible();
  await expect(page.getByText("Live results")).toHaveCount(0);
  const empty = page.getByRole("region", { name: "No answers yet" });
  await expect(empty.getByRole("listitem")).toHaveText([
    "Add participants on the round page, one by one or by pasting a list.",
    "Open the round, so that participants can answer.",
    "Send each participant their personal link (copy it when you add them, or issue a new one).",
  ]);
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);
  await empty.getByRole("link", { name: "Go to the round page" }).click();
  await expect(page).toHaveURL(new RegExp(`${roundPath}$`));
});

const person = (name: string, group: string | null, today: number, extra: Partial<FixturePerson> = {}): FixturePerson => ({
  name,
  group,
  today,
  needed: 4,
  // Nobody has answered culture yet.
  skip: ["culture"],
  ...extra,
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`results at ${viewport.width} px: gaps for missing answers, every group in the round's order, counts that agree`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const slug = await newWorkspace(page, `Screens${viewport.width}`);
    const itDontKnow = { todayFor: { technology: null } };
    const { roundPath } = await createAnsweredRound(slug, {
      status: "CLOSED",
      groups: ["Marketing", "IT"],
      people: [
        person("M1", "Marketing", 2),
        person("M2", "Marketing", 2),
        person("M3", "Marketing", 3),
        person("I1", "IT", 3, itDontKnow),
        person("I2", "IT", 4, itDontKnow),
        person("I3", "IT", 4, itDontKnow),
        person("N1", null, 1),
        person("N2", null, 2),
        person("N3", null, 2),
      ],
    });
    await page.goto(`${roundPath}/results`);
    await expect(page.getByRole("status").filter({ hasText: "Final results: the round is closed. Based on 9 participants with answers, of 9 invited." })).toBeVisible();

    // Culture has no answers: a gap in the outline, not a point at level 0, and said so.
    await expect(page.getByText("Left open where there is nothing to draw: Culture (no answers).")).toBeVisible();
    const outlines = page.getByRole("region", { name: "Today and needed, by dimension" }).locator(".recharts-radar-polygon path");
    await expect(outlines).toHaveCount(2);
    for (const d of await outlines.evaluateAll((paths) => paths.map((path) => path.getAttribute("d") ?? ""))) expect(d, "an open outline").not.toMatch(/Z$/);
    const table = page.getByRole("table", { name: /Levels by dimension/ });
    await expect(table.getByRole("row", { name: /^Culture/ })).toContainText("— (no answers)");

    // Groups in the round's order, then the people without a group; the same count of people who answered.
    const groups = page.getByRole("table", { name: /Median level by group/ });
    await expect(groups.getByRole("columnheader")).toHaveText(["Dimension", "Marketing · 3 people", "IT · 3 people", "No group · 3 people"]);
    await expect(groups.getByRole("row", { name: /^Technology/ }).getByRole("cell")).toHaveText(["2 / 4 (3)", "— / 4 (3)", "2 / 4 (3)"]);
    await expect(table.getByRole("row", { name: /^Technology/ }).getByRole("cell").nth(5)).toHaveText("9");

    // Every radar label is inside the chart, not cut off at the edge of a phone.
    const radar = page.getByRole("region", { name: "Today and needed, by dimension" });
    const chart = (await radar.locator(".recharts-wrapper > svg").boundingBox())!;
    const labels = radar.locator(".recharts-polar-angle-axis-tick text");
    await expect(labels).toHaveCount(11);
    for (const label of await labels.all()) {
      const box = (await label.boundingBox())!;
      const name = await label.textContent();
      expect(box.x, `${name} starts inside the chart`).toBeGreaterThanOrEqual(chart.x);
      expect(box.x + box.width, `${name} ends inside the chart`).toBeLessThanOrEqual(chart.x + chart.width);
    }
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    await radar.screenshot({ path: `test-results/results-radar-${viewport.width}.png` });
  });
}
