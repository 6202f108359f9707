import { formatKpiValue } from "@/domain/plan/kpis";
import type { ReportModel } from "@/domain/reports/report-model";
import { neutraliseCell } from "@/lib/spreadsheet-cell";

// The report model as flat tables, for the workbook and the CSV files. Numbers stay numbers; every
// text cell is neutralised (a comment such as =HYPERLINK(…) must not become a formula).

export type CellValue = string | number | boolean | null;
export type FlatTable = { name: string; columns: string[]; rows: CellValue[][]; /** Columns holding levels, shown with one decimal. */ levelColumns?: string[] };

export function safeCell(value: CellValue): CellValue {
  return typeof value === "string" ? neutraliseCell(value) : value;
}

export function dimensionsTable(model: ReportModel): FlatTable {
  return {
    name: "Dimensions",
    columns: ["Dimension", "Category", "Today", "Needed", "Gap", "Level source", "Spread today", "Spread needed", "Answered by", "Don't know today", "Don't know needed", "Next level", "Next level descriptor"],
    levelColumns: ["Today", "Needed", "Gap"],
    rows: model.dimensions.map((dimension) => [
      dimension.name,
      dimension.category,
      dimension.current,
      dimension.target,
      dimension.gap,
      dimension.source,
      dimension.spreadToday,
      dimension.spreadNeeded,
      dimension.answeredBy,
      dimension.dontKnowToday,
      dimension.dontKnowNeeded,
      dimension.nextLevel ? `${dimension.nextLevel.rank} ${dimension.nextLevel.name}` : null,
      dimension.nextLevel?.descriptor ?? null,
    ]),
  };
}

export function answersTable(model: ReportModel): FlatTable {
  return {
    name: "Answers",
    columns: ["Dimension", "Category", "Group", "Today", "Today: don't know", "Needed", "Needed: don't know", "Comment", "Evidence link"],
    rows: model.answers.map((answer) => [answer.dimension, answer.category, answer.group, answer.today, answer.todayDontKnow, answer.needed, answer.neededDontKnow, answer.comment, answer.evidenceUrl]),
  };
}

export function workbookTables(model: ReportModel): FlatTable[] {
  const { plan, cover } = model;
  const rounds = plan.kpis[0]?.values.map((value) => value.round) ?? [];
  return [
    {
      name: "Report",
      columns: ["Field", "Value"],
      rows: [
        ["Client", cover.client],
        ["Assessment round", cover.round],
        ["Round status", cover.roundStatus],
        ["Date", cover.date],
        ["Prepared by", cover.consultancy],
        ["Model", `${cover.framework} ${cover.frameworkVersion}`],
        ["Participants who answered", cover.participants],
        ["Participants invited", cover.invited],
        ["Privacy minimum (people behind any figure)", model.minGroupSize],
        ["Note", model.statusNote ?? (model.withheld ? "Too few answers: figures withheld." : "")],
        ["Summary", model.summary.headline],
        ...model.summary.lines.map((line): CellValue[] => ["", line]),
      ],
    },
    dimensionsTable(model),
    {
      name: "Categories",
      columns: ["Category", "Today", "Needed", "Gap"],
      levelColumns: ["Today", "Needed", "Gap"],
      rows: [...model.categories, { name: "Overall", ...model.overall }].map((category) => [category.name, category.current, category.target, category.gap]),
    },
    {
      name: "Groups",
      columns: ["Group", "Participants", "Folded groups", "Dimension", "Today (median)", "Needed (median)", "Withheld", "Answered by"],
      levelColumns: ["Today (median)", "Needed (median)"],
      rows: model.heatmap.columns.flatMap((column, index) =>
        model.heatmap.rows.map((row): CellValue[] => {
          const cell = row.cells[index]!;
          return [column.label, column.participants, column.folded.join(", "), row.name, cell.withheld ? null : cell.current, cell.withheld ? null : cell.target, cell.withheld, cell.respondents];
        }),
      ),
    },
    {
      name: "Outcomes",
      columns: ["Target outcome", "Weight (1-5)", "Dimensions that drive it"],
      rows: plan.outcomes.map((outcome) => [outcome.name, outcome.weight, outcome.dimensions]),
    },
    {
      name: "Priorities",
      columns: ["Rank", "Computed rank", "Dimension", "Gap", "Score (0-100)", "Why", "Unlocks"],
      levelColumns: ["Gap"],
      rows: [...plan.priorities.map((row): CellValue[] => [row.rank, row.computedRank, row.name, row.gap, row.score, row.reason, row.scenarios.join("; ")]), [], ...plan.method.map((line): CellValue[] => [null, null, line])],
    },
    {
      name: "Roadmap",
      columns: ["Phase", "Action", "Dimension", "Target level", "Target level name", "Owner", "Due", "Status", "Since the round it was planned from"],
      rows: plan.actions.map((action) => [action.phase, action.title, action.dimension, action.targetLevel, action.targetLevelName, action.owner, action.due, action.status, action.movement]),
    },
    {
      name: "KPIs",
      columns: ["KPI", "Unit", "Better", ...rounds, "Before → after"],
      rows: plan.kpis.map((kpi) => [
        kpi.name,
        kpi.unit,
        kpi.direction,
        ...kpi.values.map((value) => value.value),
        kpi.comparisons.map((entry) => `${entry.from} → ${entry.to}: ${formatKpiValue(entry.before)} → ${formatKpiValue(entry.after)}${entry.improved === null ? "" : entry.improved ? " (better)" : " (worse)"}`).join("; "),
      ]),
    },
    answersTable(model),
    {
      name: "Method",
      columns: ["How the numbers are computed"],
      rows: [
        ...model.method.map((line) => [line]),
        ...model.privacy.map((line) => [line]),
        [`${model.attribution.title}${model.attribution.version ? `, version ${model.attribution.version}` : ""}, © ${model.attribution.author}. ${model.attribution.license ? `Licensed under ${model.attribution.license} (${model.attribution.licenseUrl}).` : ""}`],
        [model.attribution.notice],
      ],
    },
  ];
}
