import { readFile } from "node:fs/promises";

import { expect, test, type Download, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { extractText } from "unpdf";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { createAnsweredRound, expectNoHorizontalScroll, type FixturePerson } from "./support/rounds";

// A consultant turns gaps into a plan and hands over the report pack: outcomes change the ranking,
// three actions and two KPIs with baselines, then the PDF, PowerPoint, workbook and CSV downloaded
// from the results page and read back with real parsers, their numbers compared with the page's.

async function newWorkspace(page: Page, label: string): Promise<string> {
  await signUpThroughForm(page, { name: `${label} Consultant`, email: uniqueEmail(label.toLowerCase()) });
  return new URL(page.url()).pathname.split("/")[2]!;
}

const person = (name: string, group: string, today: number, todayFor: Record<string, number> = {}): FixturePerson => ({ name, group, today, needed: 4, todayFor });

// Culture and security lag (gap 3); channel reach (which drives Sell more and Convert faster) only a little.
const lagging = { culture: 1, "security-and-privacy": 1, "channel-reach": 3, scope: 3 };
const people = [
  person("M1", "Marketing", 2, lagging),
  person("M2", "Marketing", 2, lagging),
  person("M3", "Marketing", 3, lagging),
  person("I1", "IT", 2, lagging),
  person("I2", "IT", 2, lagging),
  person("I3", "IT", 3, lagging),
];

const priorityNames = (page: Page) => page.getByTestId("priority-row").locator("p.font-medium").evaluateAll((rows) => rows.map((row) => row.childNodes[0]!.textContent!.trim()));

async function saved(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
  return saved(file);
}

/** The results table's "Today" column, as the page shows it, by dimension name. */
async function todayOnPage(page: Page): Promise<Map<string, string>> {
  const rows = page.getByRole("table", { name: "Levels by dimension: today and needed" }).locator("tbody tr");
  const entries = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")!.childNodes[0]!.textContent!.trim(), tr.querySelectorAll("td")[0]!.textContent!.trim()] as [string, string]));
  return new Map(entries);
}

test("outcomes change the ranking; actions, KPIs and the report pack carry the page's numbers", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = await newWorkspace(page, "Planner");
  const { roundPath } = await createAnsweredRound(slug, { name: "H1 2026", status: "CLOSED", groups: ["Marketing", "IT"], people });
  await page.goto(roundPath);
  await page.getByRole("link", { name: /^Fixture Org/ }).first().click();
  await page.getByRole("link", { name: "Outcomes, priorities, roadmap and KPIs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Plan: Fixture Org/ })).toBeVisible();

  // Without outcomes, the largest gaps lead.
  expect((await priorityNames(page)).slice(0, 2)).toEqual(["Security and privacy", "Culture"]);
  await page.getByLabel("Sell more").check();
  await page.getByLabel("Weight").nth(1).selectOption("5");
  await page.getByLabel("Convert faster").check();
  await page.getByRole("button", { name: "Save target outcomes" }).click();
  await expect(page.getByText("Target outcomes saved")).toBeVisible();
  // The form shows what was saved (it once showed every box unticked after saving).
  await expect(page.getByLabel("Sell more")).toBeChecked();
  await expect(page.getByLabel("Weight").nth(1)).toHaveValue("5");
  await expect(page.getByLabel("Widen reach")).not.toBeChecked();
  // Now the dimensions both outcomes depend on come first, with the reason and the scenarios unlocked.
  await expect.poll(async () => (await priorityNames(page))[0]).toBe("Strategy");
  const first = page.getByTestId("priority-row").first();
  await expect(first).toContainText("gap of 2 levels; drives Sell more and Convert faster");
  await expect(first).toContainText("Sell more unlocks: Upsell and cross-sell based on related items");
  await page.getByText("How this order is computed").click();
  await expect(page.getByText("Score = 100 × (gap × 0.5 + outcomes × 0.35 + disagreement × 0.15) ÷ 1.")).toBeVisible();

  // Keyboard alternative to dragging: move the second row up; the order is kept after a reload.
  const [one, two] = await priorityNames(page);
  await page.getByRole("button", { name: `Move ${two} up` }).click();
  await expect(page.getByText("Order kept.")).toBeVisible();
  await page.reload();
  expect((await priorityNames(page)).slice(0, 2)).toEqual([two, one]);
  // And by dragging with the mouse.
  const handle = page.getByRole("button", { name: `Drag ${one} to re-order` });
  await handle.hover();
  await page.mouse.down();
  const target = await page.getByTestId("priority-row").nth(2).boundingBox();
  await page.mouse.move(target!.x + 40, target!.y + target!.height - 5, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByText("Order kept.")).toBeVisible();
  await page.reload();
  expect((await priorityNames(page)).indexOf(one!)).toBeGreaterThan(1);

  // Three roadmap actions.
  for (const [title, dimension, level, phase] of [
    ["Customer data platform", "Technology", "4", "Now"],
    ["Consent and preference centre", "Security and privacy", "3", "Next"],
    ["Personalization guild", "Culture", "3", "Later"],
  ] as const) {
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add action" }) });
    await form.getByLabel("Action", { exact: true }).fill(title);
    await form.getByLabel("Dimension").selectOption({ label: dimension });
    await form.getByLabel("Aims for level").selectOption(level);
    await form.getByLabel("Owner").fill("Dana Owner");
    await form.getByLabel("Phase").selectOption({ label: phase });
    await form.getByRole("button", { name: "Add action" }).click();
    await expect(page.getByText(`Action added: ${title}.`)).toBeVisible();
  }
  const timeline = page.getByRole("table", { name: "Timeline: phases by due quarter" });
  await expect(timeline.getByRole("rowheader")).toHaveText(["Now", "Next", "Later"]);
  await expect(timeline).toContainText("Consent and preference centre");
  // The table is editable in place.
  await page.getByLabel('Status of "Customer data platform"').selectOption({ label: "In progress" });
  await page.getByRole("button", { name: 'Save "Customer data platform"' }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  // Two KPIs with baselines: one from the eight-step list, one of our own.
  const kpiForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Add KPI" }) });
  await kpiForm.getByLabel("KPI", { exact: true }).selectOption({ label: "Conversion rate" });
  await expect(kpiForm.getByLabel("Unit")).toHaveValue("%");
  await kpiForm.getByLabel("Baseline at H1 2026 (optional)").fill("2,4");
  await kpiForm.getByRole("button", { name: "Add KPI" }).click();
  await expect(page.getByText("KPI added: Conversion rate.")).toBeVisible();
  await kpiForm.getByLabel("Name").fill("Net promoter score");
  await kpiForm.getByLabel("Unit").fill("points");
  await kpiForm.getByLabel("Baseline at H1 2026 (optional)").fill("abc");
  await kpiForm.getByRole("button", { name: "Add KPI" }).click();
  await expect(kpiForm.getByText("Enter a number, such as 2.5.")).toBeVisible();
  await kpiForm.getByLabel("Baseline at H1 2026 (optional)").fill("31");
  await kpiForm.getByRole("button", { name: "Add KPI" }).click();
  await expect(page.getByText("KPI added: Net promoter score.")).toBeVisible();
  await expect(page.getByLabel("Conversion rate at H1 2026", { exact: true })).toHaveValue("2.4");
  await expect(page.getByLabel("Net promoter score at H1 2026", { exact: true })).toHaveValue("31");
  await expectNoSeriousA11yViolations(page);

  // The report pack, from the results page.
  await page.goto(`${roundPath}/results`);
  const today = await todayOnPage(page);
  expect(today.size).toBe(11);

  const pdf = await download(page, "PDF report");
  const { text: pages } = await extractText(new Uint8Array(pdf), { mergePages: false });
  const pdfText = pages.join("\n");
  for (const expected of ["Fixture Org", "H1 2026", "Executive summary", "Customer data platform", "Personalization guild", "Conversion rate", "Net promoter score", "Sell more", "Creative Commons Attribution-ShareAlike"]) {
    expect(pdfText).toContain(expected);
  }
  // Each dimension's row in the PDF's table starts with the page's number for today.
  for (const [name, value] of today) expect(pdfText).toMatch(new RegExp(`${name}(\\s*\\(agreed in consensus\\))?\\s+${value.replace(".", "\\.")}\\s`));

  const pptx = await JSZip.loadAsync(await download(page, "PowerPoint board pack"));
  const charts = await Promise.all(Object.keys(pptx.files).filter((file) => /^ppt\/charts\/chart\d+\.xml$/.test(file)).map((file) => pptx.file(file)!.async("string")));
  const radar = charts.find((xml) => xml.includes("<c:radarChart>"))!;
  const radarToday = [...radar.match(/<c:val>[\s\S]*?<\/c:val>/)![0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);
  expect(radarToday).toEqual([...today.values()].map((value) => String(Number(value))));
  expect(charts.some((xml) => xml.includes("<c:barChart>"))).toBe(true);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page, "Excel workbook")) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Dimensions")!;
  for (let row = 2; row <= 12; row++) {
    const value = sheet.getRow(row).getCell(3).value as number;
    expect(Number.isInteger(value) ? String(value) : value.toFixed(1)).toBe(today.get(String(sheet.getRow(row).getCell(1).value)));
  }
  expect(workbook.getWorksheet("Roadmap")!.rowCount).toBe(4);
  expect(workbook.getWorksheet("KPIs")!.getColumn(4).values).toEqual(expect.arrayContaining([2.4, 31]));

  const csv = parse(await download(page, "CSV of answers"), { bom: true, columns: true }) as Record<string, string>[];
  expect(csv).toHaveLength(6 * 11);
  const dimensionsCsv = parse(await download(page, "CSV of levels by dimension"), { bom: true, columns: true }) as Record<string, string>[];
  expect(new Map(dimensionsCsv.map((row) => [row.Dimension!, String(Number(Number(row.Today).toFixed(1)))]))).toEqual(new Map([...today].map(([name, value]) => [name, String(Number(value))])));

  // Every download is in the audit log.
  await page.goto(`/w/${slug}/audit`);
  await expect(page.getByRole("cell", { name: "Downloaded a report" })).toHaveCount(5);
});

test("a participant's comment =HYPERLINK(…) arrives neutralised in the CSV and the workbook", async ({ page, browser }) => {
  const slug = await newWorkspace(page, "Injection");
  const { roundPath, tokens } = await createAnsweredRound(slug, {
    status: "OPEN",
    people: [person("A", "Marketing", 2), person("B", "Marketing", 3), person("C", "Marketing", 2), { name: "D", group: "Marketing", today: null, needed: null, answered: false }],
  });
  // The fourth person types the comment in the questionnaire, as anyone could.
  const participant = await (await browser.newContext()).newPage();
  await participant.goto(`/r/${tokens[3]}`);
  const culture = participant.getByRole("region", { name: "Culture", exact: true });
  await culture.getByRole("radio", { name: "Today: Level 2 · Foundational" }).check();
  await culture.getByRole("radio", { name: "Needed: Level 3 · Intermediate" }).check();
  await culture.getByLabel("Comment (optional)").fill('=HYPERLINK("http://x","y")');
  await expect(participant.locator("[role=status][data-state]")).toHaveText("All answers saved");

  await page.goto(`${roundPath}/results`);
  const csv = parse(await download(page, "CSV of answers"), { bom: true, columns: true }) as Record<string, string>[];
  const comments = csv.map((row) => row.Comment);
  expect(comments).toContain(`'=HYPERLINK("http://x","y")`);
  expect(comments.filter((comment) => /^[=+\-@\t\r]/.test(comment ?? ""))).toEqual([]);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page, "Excel workbook")) as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
  expect(cells.some((cell) => cell.value === `'=HYPERLINK("http://x","y")`)).toBe(true);
  expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.Hyperlink)).toEqual([]);
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`the plan page at ${viewport.width} px fits the screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const slug = await newWorkspace(page, `PlanScreen${viewport.width}`);
    const { roundPath } = await createAnsweredRound(slug, { status: "CLOSED", groups: ["Marketing", "IT"], people });
    await page.goto(roundPath);
    await page.getByRole("link", { name: /^Fixture Org/ }).first().click();
    await page.getByRole("link", { name: "Outcomes, priorities, roadmap and KPIs" }).click();
    await page.getByLabel("Widen reach").check();
    await page.getByRole("button", { name: "Save target outcomes" }).click();
    await expect(page.getByText("Target outcomes saved")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: test.info().outputPath(`plan-${viewport.width}.png`), fullPage: true });
    await page.goto(`${roundPath}/results`);
    await expect(page.getByRole("heading", { name: "Report pack" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
}
