import { z } from "zod";

import { requiredTextField } from "../text-fields";

// KPIs, as the eight-step approach sets them: chosen before the work with a baseline (step 4) and
// measured again after it (step 7). A KPI has one value per round: the value recorded at a round is
// that round's baseline and the "after" of the round before it.

export const kpiDirections = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export type KpiDirection = (typeof kpiDirections)[number];
export const directionLabels: Record<KpiDirection, string> = { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better" };

export type CatalogKpi = { key: string; name: string; unit: string; direction: KpiDirection };

/**
 * Step 4's list ("Selecting KPIs that would track user behavior on the website or mobile app,
 * specifically w.r.t. personalized features"), with a unit and direction the consultant can change.
 */
export const kpiCatalog: readonly CatalogKpi[] = [
  { key: "conversion-rate", name: "Conversion rate", unit: "%", direction: "HIGHER_IS_BETTER" },
  { key: "stickiness-rate", name: "Stickiness rate", unit: "%", direction: "HIGHER_IS_BETTER" },
  { key: "average-session-duration", name: "Average session duration", unit: "minutes", direction: "HIGHER_IS_BETTER" },
  { key: "page-views-per-visit", name: "Average page views per visit", unit: "pages", direction: "HIGHER_IS_BETTER" },
  { key: "click-through-rate", name: "Click-through rate", unit: "%", direction: "HIGHER_IS_BETTER" },
  { key: "top-traffic-sources", name: "Top traffic sources (share of visits from the top source)", unit: "%", direction: "HIGHER_IS_BETTER" },
  { key: "new-vs-returning-visitors", name: "New versus returning visitors (share returning)", unit: "%", direction: "HIGHER_IS_BETTER" },
  { key: "most-viewed-content", name: "Most viewed content (views of the top page)", unit: "views", direction: "HIGHER_IS_BETTER" },
  { key: "segment-performance", name: "Segment performance (conversion in the target segment)", unit: "%", direction: "HIGHER_IS_BETTER" },
  { key: "bounce-rate", name: "Bounce rate", unit: "%", direction: "LOWER_IS_BETTER" },
  { key: "traffic-to-lead-ratio", name: "Website traffic to lead ratio", unit: "%", direction: "HIGHER_IS_BETTER" },
];

export function findCatalogKpi(key: string): CatalogKpi | undefined {
  return kpiCatalog.find((kpi) => kpi.key === key);
}

export const kpiInput = z.object({
  name: requiredTextField("KPI", 120),
  unit: requiredTextField("Unit", 30),
  direction: z.enum(kpiDirections, { error: "Choose whether higher or lower is better." }),
  catalogKey: z
    .string()
    .nullable()
    .refine((key) => key === null || findCatalogKpi(key) !== undefined, "Choose a KPI from the list, or your own."),
});
export type KpiInput = z.infer<typeof kpiInput>;

const LARGEST_VALUE = 1e12;

/**
 * A measured value as typed: "2.5", "2,5" (a decimal comma), "1 250" or "1,250.5" (thousands
 * separators), "12%" (the unit is the KPI's, so a trailing % is dropped).
 */
export const kpiValueInput = z
  .string({ error: "Enter a number." })
  .trim()
  .min(1, "Enter a number.")
  .max(40, "Enter a number.")
  .transform((raw, ctx) => {
    let text = raw.replace(/[\s\u00a0]/g, "").replace(/%$/, "");
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, "");
    else if (/^-?\d+,\d+$/.test(text)) text = text.replace(",", ".");
    const value = /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(value) || Math.abs(value) >= LARGEST_VALUE) {
      ctx.addIssue({ code: "custom", message: "Enter a number, such as 2.5." });
      return z.NEVER;
    }
    return value;
  });

/** Values as typed back: no float noise ("0.30000000000000004"), at most six decimals. */
export function formatKpiValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return String(Math.round(value * 1e6) / 1e6);
}

export type BeforeAfter = {
  fromRoundId: string;
  fromRoundName: string;
  toRoundId: string;
  toRoundName: string;
  before: number | null;
  after: number | null;
  change: number | null;
  /** Whether the change went the KPI's better way; null when it cannot be said. */
  improved: boolean | null;
};

/** Each round and the next one: the value at the first (baseline) and at the second (after). */
export function beforeAfter(direction: KpiDirection, rounds: readonly { id: string; name: string }[], values: ReadonlyMap<string, number>): BeforeAfter[] {
  return rounds.slice(0, -1).map((from, index) => {
    const to = rounds[index + 1]!;
    const before = values.get(from.id) ?? null;
    const after = values.get(to.id) ?? null;
    const change = before === null || after === null ? null : Math.round((after - before) * 1e6) / 1e6;
    const improved = change === null || change === 0 ? null : direction === "HIGHER_IS_BETTER" ? change > 0 : change < 0;
    return { fromRoundId: from.id, fromRoundName: from.name, toRoundId: to.id, toRoundName: to.name, before, after, change, improved };
  });
}
