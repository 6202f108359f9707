import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import { formatGap, formatLevel } from "@/domain/scoring/format";
import { renderReportCsv } from "@/features/reports/formats/csv";
import { renderReportPptx } from "@/features/reports/formats/pptx";
import { renderReportXlsx } from "@/features/reports/formats/xlsx";
import { renderReportPdf } from "@/features/reports/pdf/render-pdf";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { addAction, addKpi, setOutcomeWeights } from "@/server/plan/plan-writes";
import { closePrinter } from "@/server/reports/pdf/chromium-printer";
import { loadRoundReport } from "@/server/reports/report-data";
import { getRoundResults } from "@/server/results";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { everyDimension, storeAnswers } from "../factories/responses";
import { createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));
const dimensionIds = mpem.dimensions.map((dimension) => dimension.id);
const INJECTION = '=HYPERLINK("http://x","y")';

let slug: string;
let roundId: string;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "reports-ws", name: "Northwind Consulting" });
  slug = workspace.slug;
  const organizationId = (await createOrganization(db, workspace.id, { name: "Acme Retail" })).id;
  [consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, (await createWorkspace(db)).id, outsider.userId, "OWNER");
  const round = await createRound(db, organizationId, { name: "H1 2026", status: "CLOSED", groups: ["Marketing", "IT", "Leadership", "Sales"] });
  roundId = round.id;
  // Marketing and IT have three people each; Leadership (two) and Sales (one) are folded into "Other".
  for (const [group, current] of [["Marketing", 2], ["Marketing", 2], ["Marketing", 3], ["IT", 1], ["IT", 2], ["IT", 2], ["Leadership", 3], ["Leadership", 4], ["Sales", 3]] as const) {
    await storeAnswers(db, round.id, everyDimension(dimensionIds, [current, 4], { culture: [1, 3] }), { group, comments: group === "IT" && current === 1 ? { culture: INJECTION } : {} });
  }
  await setOutcomeWeights(consultant, slug, organizationId, round.id, { "sell-more": "5", "convert-faster": "2" });
  for (const title of ["Customer data platform", "Personalization squad", "Consent centre"]) {
    await addAction(consultant, slug, organizationId, round.id, { title, dimensionId: "technology", targetLevel: "4", owner: "CIO", dueQuarter: "2027-Q2", status: "NOT_STARTED", phase: "NOW" });
  }
  await addKpi(consultant, slug, organizationId, round.id, { name: "Conversion rate", unit: "%", direction: "HIGHER_IS_BETTER", catalogKey: "conversion-rate" }, "2.4");
  await addKpi(consultant, slug, organizationId, round.id, { name: "Bounce rate", unit: "%", direction: "LOWER_IS_BETTER", catalogKey: "bounce-rate" }, "48");
});

afterAll(async () => {
  await closePrinter();
});

describe("the report model", () => {
  it("carries the results page's numbers, the plan and the cover", async () => {
    const { model } = await loadRoundReport(viewer, slug, roundId, new Date("2026-11-26T10:00:00Z"));
    const { scores } = await getRoundResults(viewer, slug, roundId);
    expect(model.dimensions.map((dimension) => [dimension.current, dimension.target, dimension.gap])).toEqual(scores.dimensions.map((dimension) => [dimension.official.current, dimension.official.target, dimension.gap]));
    expect(model.cover).toMatchObject({ client: "Acme Retail", round: "H1 2026", date: "2026-11-26", consultancy: "Northwind Consulting", participants: 9, invited: 9 });
    expect(model.plan.actions).toHaveLength(3);
    expect(model.plan.kpis.map((kpi) => kpi.values[0]!.value)).toEqual([2.4, 48]);
    expect(model.plan.priorities[0]).toMatchObject({ name: "Channel reach", reason: "gap of 2 levels; drives Sell more and Convert faster; answers today 3 levels apart" });
    expect(model.heatmap.columns.map((column) => column.label)).toEqual(["Marketing", "IT", "Other"]);
  });

  it("keeps answers anonymous: no respondent, and no group that the results do not show", async () => {
    const { model } = await loadRoundReport(viewer, slug, roundId);
    expect(model.answers).toHaveLength(9 * dimensionIds.length);
    expect(new Set(model.answers.map((answer) => answer.group))).toEqual(new Set(["Marketing", "IT", "Other"]));
    expect(Object.keys(model.answers[0]!)).not.toContain("participant");
  });

  it("is refused to outsiders", async () => {
    await expect(loadRoundReport(outsider, slug, roundId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadRoundReport(outsider, "reports-ws", "nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadRoundReport(null, slug, roundId)).rejects.not.toBeInstanceOf(ForbiddenError);
  });
});

const HEADINGS =
  /^(Executive summary|Today and needed, by dimension|Categories|By participant group|Dimension by dimension: what the next level looks like|Business outcomes and priorities|Prioritized gaps|How this order is computed|Roadmap|KPIs|Method and sources|Privacy|The model: attribution and licence)$/;

/** The last line of text on every page (footer aside) must not be a heading. */
function expectNoStrandedHeading(pages: string[], label = "") {
  for (const [index, page] of pages.entries()) {
    const lines = page
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !/^Page \d+ of \d+$/.test(line) && !line.startsWith("Acme Retail · H1 2026 ·"));
    expect(HEADINGS.test(lines.at(-1) ?? ""), `${label}page ${index + 1} ends with the heading "${lines.at(-1)}"`).toBe(false);
  }
}

describe("the files, read back with real parsers", () => {
  it("xlsx: every aggregate and every answer, numbers as on the page, formulas neutralised", async () => {
    const { model } = await loadRoundReport(viewer, slug, roundId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(model)) as unknown as ArrayBuffer);
    const dimensions = workbook.getWorksheet("Dimensions")!;
    expect(dimensions.getRow(1).values).toContain("Today");
    for (const [index, dimension] of model.dimensions.entries()) {
      const row = dimensions.getRow(index + 2);
      expect(row.getCell(1).value).toBe(dimension.name);
      expect(formatLevel(row.getCell(3).value as number)).toBe(formatLevel(dimension.current));
      expect(formatGap(row.getCell(5).value as number)).toBe(formatGap(dimension.gap));
    }
    const answers = workbook.getWorksheet("Answers")!;
    expect(answers.rowCount).toBe(1 + 9 * dimensionIds.length);
    const comments: string[] = [];
    answers.eachRow((row) => comments.push(String(row.getCell(8).value ?? "")));
    expect(comments).toContain(`'${INJECTION}`);
    expect(comments).not.toContain(INJECTION);
    // Stored as text, never as a formula.
    answers.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Report", "Dimensions", "Categories", "Groups", "Outcomes", "Priorities", "Roadmap", "KPIs", "Answers", "Method"]);
  });

  it("csv: parses back, one row per answer, the comment neutralised", async () => {
    const { model } = await loadRoundReport(viewer, slug, roundId);
    const rows = parse(renderReportCsv(model, "answers"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(9 * dimensionIds.length);
    expect(rows.map((row) => row.Comment)).toContain(`'${INJECTION}`);
    expect(rows.every((row) => !/^[=+\-@\t\r]/.test(row.Comment!))).toBe(true);
    const dimensions = parse(renderReportCsv(model, "dimensions"), { bom: true, columns: true }) as Record<string, string>[];
    expect(dimensions.map((row) => formatLevel(Number(row.Today)))).toEqual(model.dimensions.map((dimension) => formatLevel(dimension.current)));
  });

  it("pptx: native radar and bar charts with the page's numbers, and tables", async () => {
    const { model } = await loadRoundReport(viewer, slug, roundId);
    const zip = await JSZip.loadAsync(await renderReportPptx(model));
    const charts = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async("string")));
    const radar = charts.find((xml) => xml.includes("<c:radarChart>"));
    expect(radar).toBeDefined();
    const values = [...radar!.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].map((match) => [...match[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((value) => value[1]));
    expect(values[0]).toEqual(model.dimensions.map((dimension) => String(dimension.current)));
    expect(charts.some((xml) => xml.includes("<c:barChart>"))).toBe(true);
    // The charts' data travel inside as workbooks, so PowerPoint can edit them.
    expect(Object.keys(zip.files).some((name) => /^ppt\/embeddings\/.*\.xlsx$/.test(name))).toBe(true);
    const slides = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async("string")));
    // PowerPoint splits text into runs; a cell's words are the runs' text put together.
    const text = slides.map((xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join("")).join(" ");
    expect(slides.join(" ")).toContain("<a:tbl>");
    expect(text).toContain("Acme Retail");
    expect(text).toContain("Customer data platform");
    expect(text).toContain("Conversion rate");
  });

  it("pdf: A4 pages with the cover, every section and the page's numbers; no heading stranded at a page's foot", async () => {
    const { model } = await loadRoundReport(viewer, slug, roundId, new Date("2026-11-26T10:00:00Z"));
    const pdf = await renderReportPdf(model);
    const { text: pages, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: false });
    const all = pages.join("\n");
    expect(totalPages).toBeGreaterThan(4);
    expect(pages[0]).toContain("Acme Retail");
    expect(pages[0]).toContain("H1 2026");
    expect(pages[0]).toContain("26 November 2026");
    expect(pages[0]).toContain("Northwind Consulting");
    for (const heading of ["Executive summary", "Today and needed, by dimension", "By participant group", "what the next level looks like", "Business outcomes and priorities", "Roadmap", "KPIs", "Method and sources", "attribution and licence"]) {
      expect(all).toContain(heading);
    }
    expect(all).toContain("Creative Commons Attribution-ShareAlike");
    expect(all).toContain("Customer data platform");
    expect(all).toContain(model.plan.priorities[0]!.reason);
    expect(all).not.toContain("Sign out");
    expectNoStrandedHeading(pages);
  }, 60_000);

  it("pdf: whatever the length of the roadmap, no heading is left at the foot of a page", async () => {
    const { model } = await loadRoundReport(viewer, slug, roundId);
    const action = model.plan.actions[0]!;
    for (let count = 0; count <= 26; count += 2) {
      const variant = { ...model, plan: { ...model.plan, actions: Array.from({ length: count }, (_, index) => ({ ...action, title: `Action ${index + 1}` })) } };
      const { text: pages } = await extractText(new Uint8Array(await renderReportPdf(variant)), { mergePages: false });
      expectNoStrandedHeading(pages, `${count} actions: `);
    }
  }, 120_000);
});
