import type { Framework } from "@/domain/framework/framework-schema";
import { groupDifferences, groupHeatmap, metricLabels, type HeatmapMetric } from "@/domain/history/heatmaps";
import type { PublishedRound } from "@/domain/history/trend";

import { HeatmapTable } from "./heatmap-table";
import { OrganizationHistoryView } from "./organization-history-view";

/**
 * One organization's executive view for readers outside the workspace (a client executive, a share
 * link): the summary (passed in), the dimensions × rounds heatmap, the latest round by participant
 * group, and the trend. It links nowhere but to its own other figures: no round pages, no workspace.
 */
export function ExecutiveReport({
  framework,
  rounds,
  metric,
  metricHref,
  summary,
}: {
  framework: Framework;
  rounds: readonly PublishedRound[];
  metric: HeatmapMetric;
  metricHref: (metric: HeatmapMetric) => string;
  summary: React.ReactNode;
}) {
  const latest = rounds.at(-1)!;
  const figures = latest.figures;
  const groups = figures.groups.length >= 2 ? groupHeatmap(framework, latest, metric) : null;
  const differences = groups ? groupDifferences(groups) : null;
  return (
    <div className="space-y-10">
      <OrganizationHistoryView framework={framework} rounds={rounds} metric={metric} links={{ metric: metricHref, round: () => null, groups: () => null }} summary={summary} />
      <section aria-labelledby="executive-groups-title" className="space-y-3">
        <h2 id="executive-groups-title" className="text-xl font-semibold">
          {latest.name} by participant group
        </h2>
        {groups ? (
          <>
            <p className="text-sm text-ink-muted">
              Each group&apos;s median ({metricLabels[metric].toLowerCase()}); the last column is how far apart the groups are. Groups of fewer than {figures.minGroupSize} people are folded into &quot;Other&quot;.
            </p>
            <HeatmapTable
              heatmap={groups}
              caption={`${metricLabels[metric]} by dimension and participant group in ${latest.name} (people in the group)`}
              columnHeading="group"
              columnHref={() => null}
              difference={differences ? { heading: "Groups differ by", values: differences } : null}
            />
          </>
        ) : (
          <p className="rounded-lg border border-line bg-surface p-5">
            No split by group can be shown: it needs at least two groups of {figures.minGroupSize} or more participants with answers (smaller groups are folded together to protect their answers).
          </p>
        )}
      </section>
    </div>
  );
}
