import { expect, test, type Locator, type Page } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { createOrganizationFixture, createRoundFixture, type Person } from "./support/history";
import { expectNoHorizontalScroll } from "./support/rounds";

// Re-assessment: a round closes, the next one is answered and closed, and the results, the history,
// the trend and the three heatmaps show what moved, from the figures each round published.

const levelName = (rank: number) => `Level ${rank} · ${mpem.levels[rank - 1]!.name}`;

async function newWorkspace(page: Page, label: string): Promise<string> {
  await signUpThroughForm(page, { name: `${label} Consultant`, email: uniqueEmail(label.toLowerCase()) });
  return new URL(page.url()).pathname.split("/")[2]!;
}

async function closeRound(page: Page, roundPath: string, name: string) {
  await page.goto(roundPath);
  await page.getByRole("button", { name: "Close the round" }).click();
  await page.getByRole("dialog", { name: `Close ${name}?` }).getByRole("button", { name: "Close the round" }).click();
  await expect(page.getByText("The round is closed")).toBeVisible();
}

/** A participant answers every dimension through their link, as they would on the questionnaire. */
async function answerEverything(page: Page, token: string, today: number, needed: number, todayFor: Record<string, number> = {}) {
  await page.goto(`/r/${token}`);
  for (const dimension of mpem.dimensions) {
    const question = page.getByRole("region", { name: dimension.name, exact: true });
    await question.getByRole("radio", { name: `Today: ${levelName(todayFor[dimension.id] ?? today)}` }).check();
    await question.getByRole("radio", { name: `Needed: ${levelName(needed)}` }).check();
  }
  await expect(page.locator("[role=status][data-state]")).toHaveText("All answers saved");
}

const cells = (row: Locator) => row.getByRole("cell");

test("a follow-up round shows what moved, which targets were reached, the trend and the three heatmaps", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const slug = await newWorkspace(page, "History");
  const organizationId = await createOrganizationFixture(slug, "Trend Co");
  const groups = ["IT", "Marketing"];
  // H1 2026: today 2 everywhere (culture 1.5: Marketing says 1); needed 4 (IT) and 3 (Marketing): 3.5.
  const first = await createRoundFixture(organizationId, {
    name: "H1 2026",
    groups,
    people: [
      ...["I1", "I2", "I3"].map((name): Person => ({ name, group: "IT", today: 2, needed: 4 })),
      ...["M1", "M2", "M3"].map((name): Person => ({ name, group: "Marketing", today: 2, needed: 3, todayFor: { culture: 1 } })),
    ],
  });
  await closeRound(page, `/w/${slug}/rounds/${first.roundId}`, "H1 2026");

  // H2 2026, linked to H1: four people were written in, two answer through their links.
  const second = await createRoundFixture(organizationId, {
    name: "H2 2026",
    groups,
    previousRoundId: first.roundId,
    people: [
      { name: "I1", group: "IT", today: 3, needed: 4 },
      { name: "I2", group: "IT", today: 3, needed: 4 },
      { name: "I3", group: "IT", today: 3, needed: 4, answered: false },
      { name: "M1", group: "Marketing", today: 2, needed: 4, todayFor: { extent: 4 } },
      { name: "M2", group: "Marketing", today: 2, needed: 4, todayFor: { extent: 4 } },
      { name: "M3", group: "Marketing", today: 2, needed: 4, answered: false },
    ],
  });
  const participant = await (await browser.newContext()).newPage();
  await answerEverything(participant, second.tokens[2]!, 3, 4);
  await answerEverything(participant, second.tokens[5]!, 2, 4, { extent: 4 });
  await closeRound(page, `/w/${slug}/rounds/${second.roundId}`, "H2 2026");

  // The organization's list of rounds says when each ran, where it stood, and what moved since.
  await page.goto(`/w/${slug}/organizations/${organizationId}`);
  const roundsList = page.getByRole("region", { name: "Assessment rounds" }).getByRole("listitem");
  const h2Item = roundsList.filter({ has: page.getByRole("link", { name: "H2 2026", exact: true }) });
  await expect(h2Item).toContainText(/\d{1,2} \w{3} \d{4} – \d{1,2} \w{3} \d{4}/);
  await expect(h2Item).toContainText("Overall today 2.6, needed 4");
  await expect(h2Item).toContainText(/up 0\.\d since H1 2026/);
  await expect(roundsList.filter({ has: page.getByRole("link", { name: "H1 2026", exact: true }) })).not.toContainText("since");

  // Results of H2: today 2.5 (2, 2, 2, 3, 3, 3) everywhere but extent 3.5; culture rose from 1.5.
  await page.goto(`/w/${slug}/rounds/${second.roundId}/results`);
  const summary = page.getByRole("region", { name: "At a glance" });
  await expect(summary).toContainText("Overall today 2.6 (Intermediate), needed 4 (Mature): a gap of 1.4.");
  // Terms and their definitions, as a screen reader reads them out.
  await expect(summary.getByRole("term")).toHaveText(["Largest gaps:", "Most disagreement:", "Since H1 2026:", "Imbalance:"]);
  await expect(summary.getByRole("definition")).toHaveText([
    "Channel reach 2.5 → 4, Accuracy and learnability 2.5 → 4, Scope 2.5 → 4",
    "Extent, Channel reach and 9 others (answers 1 level apart).",
    "11 up, 0 down, 0 unchanged; 1 of 11 targets reached. Largest: Extent ↑up +1.5, Culture ↑up +1, Channel reach ↑up +0.5.",
    "none.",
  ]);
  const comparison = page.getByRole("table", { name: /Today and needed in H1 2026 and H2 2026/ });
  await expect(cells(comparison.getByRole("row", { name: /^Extent/ }))).toHaveText(["2", "3.5", "↑ up +1.5", "3.5", "4", "↑ up +0.5", "✓ Target reached"]);
  await expect(cells(comparison.getByRole("row", { name: /^Culture/ }))).toHaveText(["1.5", "2.5", "↑ up +1", "3.5", "4", "↑ up +0.5", "Not yet"]);
  await expectNoSeriousA11yViolations(page);

  // History: both rounds in the heatmap and the trend, as published; a column leads to its round.
  await page.getByRole("link", { name: "History and trend" }).click();
  await expect(page.getByRole("heading", { name: "History and trend: Trend Co" })).toBeVisible();
  await expect(page.getByRole("region", { name: "H2 2026 at a glance" })).toContainText("Overall today 2.6");
  const history = page.getByRole("table", { name: "Today by dimension in each closed round" });
  await expect(history.getByRole("columnheader")).toHaveText([/^Dimension/, "H1 2026", "H2 2026"]);
  await expect(cells(history.getByRole("row", { name: /^Extent/ }))).toHaveText(["2", "3.5"]);
  await expect(cells(history.getByRole("row", { name: /^Culture/ }))).toHaveText(["1.5", "2.5"]);
  const trend = page.getByRole("table", { name: "Trend: today → needed in each round" });
  await expect(trend.getByRole("columnheader")).toHaveText(["Category or dimension", "H1 2026", "H2 2026"]);
  await expect(cells(trend.getByRole("row", { name: /^Extent/ }))).toHaveText(["2 →, needed 3.5", "3.5 →, needed 4"]);
  await expect(page.locator(".recharts-surface")).toHaveCount(mpem.categories.length + mpem.dimensions.length);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Gap (needed − today)" }).click();
  await expect(page).toHaveURL(/\?metric=gap$/);
  await expect(cells(page.getByRole("table", { name: "Gap (needed − today) by dimension in each closed round" }).getByRole("row", { name: /^Extent/ }))).toHaveText(["+1.5", "+0.5"]);
  await page.getByRole("link", { name: "H1 2026", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/rounds/${first.roundId}/results$`));

  // By group, for H2: IT 3 and Marketing 4 on extent; the gap IT 1, Marketing 0.
  await page.goto(`/w/${slug}/rounds/${second.roundId}/groups`);
  const byGroup = page.getByRole("table", { name: /^Today by dimension and participant group/ });
  await expect(byGroup.getByRole("columnheader")).toHaveText([/^Dimension/, "IT (3)", "Marketing (3)", "Groups differ by"]);
  await expect(cells(byGroup.getByRole("row", { name: /^Extent/ }))).toHaveText(["3", "4", "1"]);
  await page.getByRole("link", { name: "Spread of today's answers" }).click();
  await expect(cells(page.getByRole("table", { name: /^Spread of today's answers by dimension and participant group/ }).getByRole("row", { name: /^Extent/ }))).toHaveText(["0", "0"]);
  await expectNoSeriousA11yViolations(page);

  // The portfolio: this workspace's only organization, by its latest round.
  await page.goto(`/w/${slug}`);
  await page.getByRole("link", { name: "Portfolio heatmap" }).click();
  const portfolio = page.getByRole("table", { name: "Today by dimension and organization" });
  await expect(portfolio.getByRole("columnheader")).toHaveText([/^Dimension/, "Trend Co"]);
  await expect(cells(portfolio.getByRole("row", { name: /^Extent/ }))).toHaveText(["3.5"]);
  await expect(page.getByText("From 5 organizations on, each can be compared with the median of the others.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Someone from another workspace reaches none of it, with this workspace's slug or their own.
  const outsider = await (await browser.newContext()).newPage();
  const otherSlug = await newWorkspace(outsider, "Outsider");
  for (const path of [
    `/w/${slug}/organizations/${organizationId}/history`,
    `/w/${otherSlug}/organizations/${organizationId}/history`,
    `/w/${slug}/rounds/${second.roundId}/groups`,
    `/w/${otherSlug}/rounds/${second.roundId}/groups`,
    `/w/${slug}/portfolio`,
  ]) {
    expect((await outsider.goto(path))?.status(), path).toBe(404);
  }
  await outsider.goto(`/w/${otherSlug}/portfolio`);
  await expect(outsider.getByText("No round has closed in this workspace yet.")).toBeVisible();
});

test("the portfolio compares each organization with the median of the others from five, and switches figure without JavaScript", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const slug = await newWorkspace(page, "Portfolio");
  // Five organizations, extent today 1..5 (three people each), needed 5.
  for (const level of [1, 2, 3, 4, 5]) {
    const organizationId = await createOrganizationFixture(slug, `Client ${level}`);
    await createRoundFixture(organizationId, {
      name: "H1 2026",
      status: "CLOSED",
      people: ["A", "B", "C"].map((name): Person => ({ name, group: null, today: 2, needed: 5, todayFor: { extent: level } })),
    });
  }
  const noScript = await (await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })).newPage();
  await noScript.goto(`/w/${slug}/portfolio`);
  await noScript.getByRole("link", { name: "Compare each organization with the median of the others" }).click();
  const table = noScript.getByRole("table", { name: /with the difference from the median of the other organizations/ });
  await expect(table.getByRole("columnheader")).toHaveText([/^Dimension/, "Client 1", "Client 2", "Client 3", "Client 4", "Client 5"]);
  // Client 1 against 2, 3, 4, 5 (median 3.5); Client 3 against 1, 2, 4, 5 (median 3).
  await expect(cells(table.getByRole("row", { name: /^Extent/ }))).toHaveText(["1−2.5 vs others", "2−1.5 vs others", "30 vs others", "4+1.5 vs others", "5+2.5 vs others"]);
  await noScript.getByRole("link", { name: "Gap (needed − today)" }).click();
  await expect(noScript).toHaveURL(/metric=gap/);
  await expect(cells(noScript.getByRole("table", { name: /^Gap/ }).getByRole("row", { name: /^Extent/ })).first()).toHaveText("+4+2.5 vs others");
  await noScript.getByRole("link", { name: "Client 1" }).click();
  await expect(noScript.getByRole("heading", { name: "Results: H1 2026" })).toBeVisible();
  // axe runs in the page's JavaScript, so it checks the same view in the JavaScript-enabled browser.
  await page.goto(`/w/${slug}/portfolio?metric=gap&compare=others`);
  await expect(page.getByRole("table", { name: /^Gap/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The heatmap shows what was published, not a recomputation: a later change of the scoring code,
  // simulated by altering Client 1's stored figures, is what the page shows.
  await withE2eDb((db) =>
    db.query(
      `UPDATE "PublishedFigures" f SET figures = jsonb_set(figures, '{dimensions,0,current}', '1.5') FROM "Round" r JOIN "Organization" o ON o.id = r."organizationId"
       WHERE f."roundId" = r.id AND o.name = 'Client 1' AND o."workspaceId" = (SELECT id FROM "Workspace" WHERE slug = $1)`,
      [slug],
    ),
  );
  await page.goto(`/w/${slug}/portfolio`);
  await expect(cells(page.getByRole("table", { name: "Today by dimension and organization" }).getByRole("row", { name: /^Extent/ })).first()).toHaveText("1.5");
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`the executive summary fits above the radar at ${viewport.width} px, and the history pages scroll no page sideways`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const slug = await newWorkspace(page, `Glance${viewport.width}`);
    const organizationId = await createOrganizationFixture(slug, "Glance Co");
    const people = (today: number, needed: number): Person[] =>
      ["A", "B", "C"].flatMap((name) => [
        { name: `IT ${name}`, group: "IT", today, needed, todayFor: { technology: today + 2 } },
        { name: `Marketing ${name}`, group: "Marketing", today: today - 1, needed, todayFor: { technology: today + 1 } },
      ]);
    const first = await createRoundFixture(organizationId, { name: "H1 2026", status: "CLOSED", closedAt: new Date("2026-06-30"), groups: ["IT", "Marketing"], people: people(2, 4) });
    const second = await createRoundFixture(organizationId, { name: "H2 2026", status: "CLOSED", groups: ["IT", "Marketing"], previousRoundId: first.roundId, people: people(3, 4) });
    await page.goto(`/w/${slug}/rounds/${second.roundId}/results`);
    const summary = page.getByRole("region", { name: "At a glance" });
    await expect(summary).toContainText("Imbalance: Technology (4.5) is ahead of the rest");
    await page.screenshot({ path: test.info().outputPath(`results-${viewport.width}.png`) });
    const summaryBox = (await summary.boundingBox())!;
    const radarBox = (await page.getByRole("region", { name: "Today and needed, by dimension" }).boundingBox())!;
    expect(summaryBox.y + summaryBox.height, "the summary ends above the radar").toBeLessThanOrEqual(radarBox.y);
    // Read on one screen: no taller than the viewport, so one scroll at most brings all of it into view.
    expect(summaryBox.height, "the summary's height").toBeLessThanOrEqual(viewport.height);
    await expectNoHorizontalScroll(page);
    for (const path of [`/w/${slug}/organizations/${organizationId}/history`, `/w/${slug}/rounds/${second.roundId}/groups`, `/w/${slug}/portfolio`]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: test.info().outputPath(`${path.split("/").at(-1)}-${viewport.width}.png`), fullPage: true });
    }
  });
}
