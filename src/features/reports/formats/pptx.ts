import "server-only";

import PptxGenJS from "pptxgenjs";

import { formatKpiValue } from "@/domain/plan/kpis";
import type { ReportModel } from "@/domain/reports/report-model";
import { formatGap, formatLevel } from "@/domain/scoring/format";

// The board pack: native PowerPoint charts (radar, bars) whose data sits in an embedded workbook, and
// native tables, so the consultant can restyle, brand and edit everything in PowerPoint.

const BRAND = "12355B";
const TODAY = "1D4ED8";
const NEEDED = "B45309";
const MUTED = "4B5563";
const W = 13.33;

type Cell = PptxGenJS.TableCell;
const header = (texts: string[]): Cell[] => texts.map((text) => ({ text, options: { bold: true, color: BRAND, fill: { color: "E8EEF6" } } }));
const cells = (texts: (string | number)[]): Cell[] => texts.map((text) => ({ text: String(text) }));
const tableOptions = (colW: number[]): PptxGenJS.TableProps => ({ x: 0.5, y: 1.2, w: W - 1, colW, fontSize: 10, border: { type: "solid", pt: 0.5, color: "D1D5DB" }, autoPage: true, autoPageRepeatHeader: true, valign: "top" });

function titled(pptx: PptxGenJS, title: string, subtitle?: string): PptxGenJS.Slide {
  const slide = pptx.addSlide({ masterName: "REPORT" });
  slide.addText(title, { x: 0.5, y: 0.3, w: W - 1, h: 0.6, fontSize: 24, bold: true, color: BRAND });
  if (subtitle) slide.addText(subtitle, { x: 0.5, y: 0.85, w: W - 1, h: 0.35, fontSize: 11, color: MUTED });
  return slide;
}

function coverSlide(pptx: PptxGenJS, model: ReportModel) {
  const slide = pptx.addSlide();
  const { cover } = model;
  slide.addText("Personalization effectiveness report", { x: 0.8, y: 1.2, w: W - 1.6, h: 0.5, fontSize: 16, color: MUTED });
  slide.addText(cover.client, { x: 0.8, y: 1.8, w: W - 1.6, h: 1.1, fontSize: 40, bold: true, color: BRAND });
  slide.addText(
    [
      `Assessment round: ${cover.round}`,
      `Date: ${cover.date}`,
      `Prepared by: ${cover.consultancy}`,
      `Model: ${cover.framework} ${cover.frameworkVersion}`,
      `Participants: ${cover.participants} answered of ${cover.invited} invited`,
      ...(model.statusNote ? [model.statusNote] : []),
    ].join("\n"),
    { x: 0.8, y: 3.2, w: W - 1.6, h: 2.4, fontSize: 16, color: "1F2937", valign: "top" },
  );
}

function summarySlide(pptx: PptxGenJS, model: ReportModel) {
  const slide = titled(pptx, "Executive summary");
  slide.addText(
    [{ text: model.summary.headline, options: { bold: true, breakLine: true } }, ...model.summary.lines.map((line) => ({ text: line, options: { bullet: true, breakLine: true } }))],
    { x: 0.5, y: 1.2, w: W - 1, h: 5.8, fontSize: 14, valign: "top", color: "1F2937" },
  );
}

function levelsSlides(pptx: PptxGenJS, model: ReportModel) {
  const labels = model.dimensions.map((dimension) => dimension.shortName);
  const radar = titled(pptx, "Today and needed, by dimension", `Official levels (consensus where recorded, else the median), 1 = ${model.levels[0]?.name} … ${model.levels.length} = ${model.levels.at(-1)?.name}`);
  radar.addChart(
    pptx.ChartType.radar,
    [
      { name: "Today", labels, values: model.dimensions.map((dimension) => dimension.current) as number[] },
      { name: "Needed", labels, values: model.dimensions.map((dimension) => dimension.target) as number[] },
    ],
    { x: 0.5, y: 1.3, w: 7.5, h: 5.9, radarStyle: "marker", chartColors: [TODAY, NEEDED], showLegend: true, legendPos: "b", valAxisMinVal: 0, valAxisMaxVal: model.levels.length, valAxisMajorUnit: 1, catAxisLabelFontSize: 10 },
  );
  radar.addTable(
    [header(["Category", "Today", "Needed", "Gap"]), ...[...model.categories, { name: "Overall", ...model.overall }].map((category) => cells([category.name, formatLevel(category.current), formatLevel(category.target), formatGap(category.gap)]))],
    { x: 8.3, y: 1.6, w: 4.5, colW: [2.4, 0.7, 0.7, 0.7], fontSize: 11, border: { type: "solid", pt: 0.5, color: "D1D5DB" } },
  );

  const table = titled(pptx, "Levels by dimension");
  table.addTable(
    [
      header(["Dimension", "Today", "Needed", "Gap", "Spread today", "Spread needed", "Answered by", "Don't know (today / needed)"]),
      ...model.dimensions.map((dimension) =>
        cells([
          `${dimension.name}${dimension.source === "consensus" ? " (consensus)" : ""}`,
          formatLevel(dimension.current),
          formatLevel(dimension.target),
          formatGap(dimension.gap),
          dimension.spreadToday ?? "—",
          dimension.spreadNeeded ?? "—",
          dimension.answeredBy,
          `${dimension.dontKnowToday} / ${dimension.dontKnowNeeded}`,
        ]),
      ),
    ],
    tableOptions([3.6, 1, 1, 1, 1.3, 1.3, 1.3, 1.83]),
  );

  const gaps = titled(pptx, "Gap by dimension", "Needed − today");
  gaps.addChart(pptx.ChartType.bar, [{ name: "Gap", labels: model.dimensions.map((dimension) => dimension.name), values: model.dimensions.map((dimension) => dimension.gap) as number[] }], {
    x: 0.5,
    y: 1.3,
    w: W - 1,
    h: 5.9,
    barDir: "bar",
    chartColors: [BRAND],
    showValue: true,
    catAxisLabelFontSize: 11,
  });
}

function heatmapSlide(pptx: PptxGenJS, model: ReportModel) {
  const { heatmap } = model;
  if (heatmap.columns.length < 2) return;
  const slide = titled(pptx, "By participant group", "Median level today / needed in each group");
  const [low, high] = heatmap.domain;
  const shade = (value: number | null) => {
    if (value === null) return "F3F4F6";
    const share = (value - low) / (high - low || 1);
    const channel = (from: number, to: number) => Math.round(from + (to - from) * share).toString(16).padStart(2, "0");
    return `${channel(0xe8, 0x1d)}${channel(0xee, 0x4e)}${channel(0xf6, 0xd8)}`;
  };
  slide.addTable(
    [
      header(["Dimension", ...heatmap.columns.map((column) => `${column.label} (${column.participants})`)]),
      ...heatmap.rows.map((row) => [
        { text: row.name },
        ...row.cells.map((cell) => ({
          text: cell.withheld ? "withheld" : cell.respondents === 0 ? "no answers" : `${formatLevel(cell.current)} / ${formatLevel(cell.target)}`,
          options: { align: "center" as const, fill: { color: cell.withheld ? "FFFFFF" : shade(cell.current) }, color: cell.current !== null && !cell.withheld && (cell.current - low) / (high - low || 1) > 0.55 ? "FFFFFF" : "1F2937" },
        })),
      ]),
    ],
    tableOptions([3.6, ...heatmap.columns.map(() => (W - 1 - 3.6) / heatmap.columns.length)]),
  );
}

function nextLevelSlide(pptx: PptxGenJS, model: ReportModel) {
  const slide = titled(pptx, "What the next level looks like");
  slide.addTable(
    [
      header(["Dimension", "Today", "Needed", "Next level"]),
      ...model.dimensions.map((dimension) =>
        cells([dimension.name, formatLevel(dimension.current), formatLevel(dimension.target), dimension.nextLevel ? `${dimension.nextLevel.rank} ${dimension.nextLevel.name}: ${dimension.nextLevel.descriptor}` : "—"]),
      ),
    ],
    { ...tableOptions([2.8, 0.9, 0.9, 7.73]), fontSize: 9 },
  );
}

function planSlides(pptx: PptxGenJS, model: ReportModel) {
  const { plan } = model;
  const priorities = titled(
    pptx,
    "Business outcomes and priorities",
    !plan.hasOutcomeMap ? "This model has no outcome map: ranked by gap and disagreement alone" : plan.outcomes.length === 0 ? "No target outcome chosen yet" : `Target outcomes: ${plan.outcomes.map((outcome) => `${outcome.name} (${outcome.weight})`).join(", ")}`,
  );
  priorities.addTable(
    [header(["#", "Dimension", "Gap", "Score", "Why", "Unlocks"]), ...plan.priorities.map((row) => cells([row.rank, row.name, formatGap(row.gap), row.score, row.reason, row.scenarios.join("; ")]))],
    tableOptions([0.5, 2.6, 0.8, 0.9, 3.8, 3.73]),
  );
  const method = titled(pptx, "How this order is computed");
  method.addText(plan.method.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })), { x: 0.5, y: 1.2, w: W - 1, h: 5.8, fontSize: 13, valign: "top" });

  const roadmap = titled(pptx, "Roadmap", plan.actions.length === 0 ? "No action planned yet" : "By phase (Now, Next, Later), earliest due first");
  roadmap.addTable(
    [header(["Phase", "Action", "Dimension → level", "Owner", "Due", "Status", "Since"]), ...plan.actions.map((action) => cells([action.phase, action.title, `${action.dimension} → ${action.targetLevel} ${action.targetLevelName}`, action.owner, action.due, action.status, action.movement]))],
    tableOptions([0.8, 3.2, 2.6, 1.4, 1, 1.2, 2.13]),
  );

  const kpis = titled(pptx, "KPIs", "Baseline at each round; the next round's value is the after");
  const rounds = plan.kpis[0]?.values.map((value) => value.round) ?? [];
  kpis.addTable(
    [header(["KPI", "Unit", "Better", ...rounds]), ...plan.kpis.map((kpi) => cells([kpi.name, kpi.unit, kpi.direction, ...kpi.values.map((value) => formatKpiValue(value.value))]))],
    { ...tableOptions([3.5, 1, 1.8, ...rounds.map(() => (W - 1 - 6.3) / Math.max(1, rounds.length))]), h: 2.6 },
  );
  plan.kpis.slice(0, 4).forEach((kpi, index) => {
    kpis.addChart(pptx.ChartType.bar, [{ name: kpi.name, labels: kpi.values.map((value) => value.round), values: kpi.values.map((value) => value.value) as number[] }], {
      x: 0.5 + index * 3.1,
      y: 4.2,
      w: 3,
      h: 3,
      barDir: "col",
      chartColors: [BRAND],
      showValue: true,
      showTitle: true,
      title: `${kpi.name} (${kpi.unit})`,
      titleFontSize: 10,
    });
  });
}

function methodSlide(pptx: PptxGenJS, model: ReportModel) {
  const { attribution } = model;
  const slide = titled(pptx, "Method and sources");
  slide.addText(
    [
      ...model.method.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })),
      { text: `${attribution.title}${attribution.version ? `, version ${attribution.version}` : ""}, © ${attribution.author}. ${attribution.license ? `Licensed under ${attribution.license}${attribution.licenseUrl ? ` (${attribution.licenseUrl})` : ""}. ` : ""}${attribution.notice}`, options: { breakLine: true, bold: true } },
    ],
    { x: 0.5, y: 1.2, w: W - 1, h: 5.9, fontSize: 11, valign: "top" },
  );
}

export async function renderReportPptx(model: ReportModel): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.author = model.cover.consultancy;
  pptx.company = model.cover.consultancy;
  pptx.title = `${model.cover.client} · ${model.cover.round}`;
  pptx.defineSlideMaster({
    title: "REPORT",
    background: { color: "FFFFFF" },
    objects: [{ text: { text: `${model.cover.client} · ${model.cover.round} · ${model.cover.consultancy}`, options: { x: 0.5, y: 7.05, w: 9, h: 0.3, fontSize: 9, color: MUTED } } }],
    slideNumber: { x: 12.3, y: 7.05, fontSize: 9, color: MUTED },
  });
  coverSlide(pptx, model);
  summarySlide(pptx, model);
  if (!model.withheld) {
    levelsSlides(pptx, model);
    heatmapSlide(pptx, model);
    nextLevelSlide(pptx, model);
  }
  planSlides(pptx, model);
  methodSlide(pptx, model);
  return (await pptx.write({ outputType: "nodebuffer" })) as Buffer;
}
