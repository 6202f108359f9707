import type { Framework } from "../framework/framework-schema";
import type { PlanView } from "../plan/plan-view";
import { describeMovement, formatQuarter, phaseLabels, statusLabels } from "../plan/roadmap";
import { directionLabels } from "../plan/kpis";
import type { RoundScores, ShownStats } from "../scoring/round-scoring";
import { privacyRule, scoringMethod } from "../scoring/round-scoring";
import type { AnswerRow } from "./answer-rows";
import { buildGroupHeatmap, type GroupHeatmap } from "./group-heatmap";
import { buildSummary, type ReportSummary } from "./summary";

// One report model: a plain object built once from the data layer, which the results page's report
// section, the PDF, the PowerPoint, the workbook and the CSV all render. Numbers are kept as numbers
// here; every format prints them with the same functions (domain/scoring/format.ts), so every format
// shows what the results page shows.

export const REPORT_MODEL_VERSION = 1;

export type ReportDimension = {
  dimensionId: string;
  name: string;
  shortName: string;
  category: string;
  current: number | null;
  target: number | null;
  gap: number | null;
  source: "consensus" | "median";
  /** "1–4", or null when there is nothing to show. */
  spreadToday: string | null;
  spreadNeeded: string | null;
  answeredBy: number;
  dontKnowToday: number;
  dontKnowNeeded: number;
  /** Why today's or the needed level is missing, in words; null when both are there. */
  missing: string | null;
  nextLevel: { rank: number; name: string; descriptor: string } | null;
};

export type ReportModel = {
  version: typeof REPORT_MODEL_VERSION;
  cover: {
    client: string;
    round: string;
    roundStatus: "DRAFT" | "OPEN" | "CLOSED";
    /** The day the report was made, yyyy-mm-dd (UTC). */
    date: string;
    consultancy: string;
    framework: string;
    frameworkVersion: string;
    participants: number;
    invited: number;
  };
  /** Said on the cover and the summary when the figures are not final. */
  statusNote: string | null;
  /** Too few answers: only counts may be shown. */
  withheld: boolean;
  minGroupSize: number;
  levels: { rank: number; name: string }[];
  summary: ReportSummary;
  dimensions: ReportDimension[];
  categories: { name: string; current: number | null; target: number | null; gap: number | null }[];
  overall: { current: number | null; target: number | null; gap: number | null };
  imbalances: string[];
  heatmap: GroupHeatmap;
  plan: {
    hasOutcomeMap: boolean;
    outcomes: { name: string; weight: number; dimensions: string }[];
    priorities: { rank: number; computedRank: number; name: string; gap: number; score: number; reason: string; scenarios: string[] }[];
    method: string[];
    manualOrder: boolean;
    actions: { title: string; dimension: string; targetLevel: number; targetLevelName: string; owner: string; due: string; status: string; phase: string; movement: string }[];
    kpis: { name: string; unit: string; direction: string; values: { round: string; value: number | null }[]; comparisons: { from: string; to: string; before: number | null; after: number | null; change: number | null; improved: boolean | null }[] }[];
  };
  method: string[];
  privacy: string[];
  attribution: { title: string; author: string; version: string | null; license: string | null; licenseUrl: string | null; licenseNote: string | null; notice: string };
  /** Every answer, with nothing that ties answers to a person (see answer-rows.ts). */
  answers: AnswerRow[];
};

export type ReportInput = {
  framework: Framework;
  scores: RoundScores;
  round: { name: string; status: "DRAFT" | "OPEN" | "CLOSED"; invited: number };
  client: string;
  consultancy: string;
  generatedAt: Date;
  plan: PlanView;
  answers: AnswerRow[];
};

function spread(stats: ShownStats): string | null {
  return stats.min !== null && stats.max !== null ? `${stats.min}–${stats.max}` : null;
}

function missingOf(value: number | null, stats: ShownStats): string | null {
  if (value !== null) return null;
  if (stats.withheld) return "too few answers";
  return stats.dontKnow > 0 ? "only \"don't know\"" : "no answers";
}

function statusNote(status: ReportInput["round"]["status"]): string | null {
  if (status === "OPEN") return "The round is still open: these figures are live and may change until it closes.";
  if (status === "DRAFT") return "The round has not opened yet.";
  return null;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { framework, scores, plan } = input;
  const categoryName = new Map(framework.categories.map((category) => [category.id, category.name]));
  const shortName = new Map(framework.dimensions.map((dimension) => [dimension.id, dimension.shortName]));
  const dimensions: ReportDimension[] = scores.dimensions.map((dimension) => {
    const today = missingOf(dimension.official.current, dimension.current);
    const needed = missingOf(dimension.official.target, dimension.target);
    return {
      dimensionId: dimension.dimensionId,
      name: dimension.name,
      shortName: shortName.get(dimension.dimensionId) ?? dimension.name,
      category: categoryName.get(dimension.categoryId) ?? dimension.categoryId,
      current: dimension.official.current,
      target: dimension.official.target,
      gap: dimension.gap,
      source: dimension.official.source,
      spreadToday: spread(dimension.current),
      spreadNeeded: spread(dimension.target),
      answeredBy: dimension.respondents,
      dontKnowToday: dimension.current.dontKnow,
      dontKnowNeeded: dimension.target.dontKnow,
      missing: today && needed && today === needed ? today : today ? `today: ${today}` : needed ? `needed: ${needed}` : null,
      nextLevel: dimension.nextLevel,
    };
  });
  const { source } = framework;
  return {
    version: REPORT_MODEL_VERSION,
    cover: {
      client: input.client,
      round: input.round.name,
      roundStatus: input.round.status,
      date: input.generatedAt.toISOString().slice(0, 10),
      consultancy: input.consultancy,
      framework: framework.name,
      frameworkVersion: framework.version,
      participants: scores.participantCount,
      invited: input.round.invited,
    },
    statusNote: statusNote(input.round.status),
    withheld: scores.withheld || scores.participantCount === 0,
    minGroupSize: scores.minGroupSize,
    levels: framework.levels.map((level) => ({ rank: level.rank, name: level.name })),
    summary: buildSummary(framework, scores),
    dimensions,
    categories: scores.categories.map((category) => ({ name: category.name, current: category.current, target: category.target, gap: category.gap })),
    overall: { current: scores.overall.current, target: scores.overall.target, gap: scores.overall.gap },
    imbalances: scores.imbalances.map((imbalance) => `${imbalance.name} is at ${imbalance.current}, ${imbalance.direction} of the overall level ${imbalance.overall}.`),
    heatmap: buildGroupHeatmap(framework, scores),
    plan: {
      hasOutcomeMap: plan.prioritization.hasOutcomeMap,
      outcomes: plan.outcomes.filter((outcome) => outcome.weight > 0).map((outcome) => ({ name: outcome.name, weight: outcome.weight, dimensions: outcome.dimensionNames.join(", ") })),
      priorities: plan.prioritization.rows.map((row, index) => ({
        rank: index + 1,
        computedRank: row.computedRank,
        name: row.name,
        gap: row.gap,
        score: row.score,
        reason: row.reason,
        scenarios: row.drives.flatMap((outcome) => outcome.scenarios.map((scenario) => `${outcome.name}: ${scenario}`)),
      })),
      method: plan.method,
      manualOrder: plan.prioritization.manualOrder,
      actions: plan.actions.map((action) => ({
        title: action.title,
        dimension: action.dimensionName,
        targetLevel: action.targetLevel,
        targetLevelName: action.targetLevelName,
        owner: action.owner,
        due: formatQuarter(action.dueQuarter),
        status: statusLabels[action.status],
        phase: phaseLabels[action.phase],
        movement: describeMovement(action.movement),
      })),
      kpis: plan.kpis.map((kpi) => ({
        name: kpi.name,
        unit: kpi.unit,
        direction: directionLabels[kpi.direction],
        values: kpi.series.map((point) => ({ round: point.roundName, value: point.value })),
        comparisons: kpi.comparisons.map((entry) => ({ from: entry.fromRoundName, to: entry.toRoundName, before: entry.before, after: entry.after, change: entry.change, improved: entry.improved })),
      })),
    },
    method: scoringMethod(framework.scoring.imbalanceThreshold),
    privacy: privacyRule(scores.minGroupSize),
    attribution: {
      title: source.title,
      author: source.author,
      version: source.version ?? null,
      license: source.license ?? null,
      licenseUrl: source.licenseUrl ?? null,
      licenseNote: source.licenseNote ?? null,
      notice: source.notice,
    },
    answers: scores.withheld ? [] : input.answers,
  };
}
