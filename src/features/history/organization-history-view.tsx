import Link from "next/link";

import type { Framework } from "@/domain/framework/framework-schema";
import { historyHeatmap, metricLabels, type HeatmapMetric } from "@/domain/history/heatmaps";
import { buildTrend, type PublishedRound } from "@/domain/history/trend";

import { HeatmapTable, MetricSwitch } from "./heatmap-table";
import { TrendSection } from "./trend-section";

export type HistoryLinks = {
  /** The same page showing another figure (query string, so it works without JavaScript). */
  metric: (metric: HeatmapMetric) => string;
  /** Where a round's column leads; null where the reader may not open rounds. */
  round: (roundId: string) => string | null;
  /** The group heatmap of a round; null where the reader may not open it. */
  groups: (roundId: string) => string | null;
};

/**
 * An organization's history on its latest framework: the executive summary of its latest closed
 * round (passed in), the dimensions × rounds heatmap and the trend. Rendered for a signed-in member
 * today; a share link can render it with its own links.
 */
export function OrganizationHistoryView({
  framework,
  rounds,
  metric,
  links,
  summary,
}: {
  framework: Framework;
  rounds: readonly PublishedRound[];
  metric: HeatmapMetric;
  links: HistoryLinks;
  summary: React.ReactNode;
}) {
  const heatmap = historyHeatmap(framework, rounds, metric);
  const trend = buildTrend(framework, rounds);
  const latest = trend.rounds.at(-1);
  const groupsHref = latest ? links.groups(latest.roundId) : null;
  return (
    <div className="space-y-10">
      {summary}
      <section aria-labelledby="history-heatmap-title" className="space-y-3">
        <h2 id="history-heatmap-title" className="text-xl font-semibold">
          Heatmap: dimensions by round
        </h2>
        <MetricSwitch metric={metric} hrefFor={links.metric} />
        <HeatmapTable
          heatmap={heatmap}
          caption={`${metricLabels[metric]} by dimension in each closed round`}
          columnHeading="round"
          columnHref={(column) => links.round(column.roundId)}
        />
        {groupsHref ? (
          <p className="text-sm">
            <Link className="text-brand-700 underline" href={groupsHref}>
              {latest!.name} by participant group
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="trend-title" className="space-y-3">
        <h2 id="trend-title" className="text-xl font-semibold">
          Trend
        </h2>
        <TrendSection trend={trend} maxLevel={framework.levels.length} frameworkName={framework.name} />
      </section>
    </div>
  );
}
