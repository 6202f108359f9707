import type { Metadata } from "next";
import Link from "next/link";

import { groupDifferences, groupHeatmap, metricLabels } from "@/domain/history/heatmaps";
import { HeatmapTable, MetricSwitch, parseMetric } from "@/features/history/heatmap-table";
import { requireActor } from "@/server/auth/session";
import { getPublishedRound } from "@/server/history";
import { loadForPage } from "@/server/outcomes";
import { getRound } from "@/server/rounds";

export const metadata: Metadata = { title: "Heatmap by group" };

export default async function GroupHeatmapPage({ params, searchParams }: PageProps<"/w/[slug]/rounds/[roundId]/groups">) {
  const { slug, roundId } = await params;
  const metric = parseMetric((await searchParams).metric);
  const path = `/w/${slug}/rounds/${roundId}/groups`;
  const actor = await requireActor(path);
  const [round, published] = await loadForPage(() => Promise.all([getRound(actor, slug, roundId), getPublishedRound(actor, slug, roundId)]), path);
  const figures = published.round?.figures;
  const resultsPath = `/w/${slug}/rounds/${round.id}/results`;
  const heatmap = published.round && published.framework ? groupHeatmap(published.framework, published.round, metric) : null;
  const differences = heatmap ? groupDifferences(heatmap) : null;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-ink-muted">
          <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${round.organization.id}/history`}>
            {round.organization.name}: history
          </Link>{" "}
          ·{" "}
          <Link className="text-brand-700 underline" href={resultsPath}>
            Results of {round.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">{round.name} by participant group</h1>
      </header>
      {!published.round || !figures ? (
        <p className="rounded-lg border border-line bg-surface p-5">This heatmap shows a round&apos;s published figures, so it appears when the round closes. The live split by group is on the results page.</p>
      ) : figures.groups.length < 2 ? (
        <p className="rounded-lg border border-line bg-surface p-5">
          No split by group can be shown: it needs at least two groups of {figures.minGroupSize} or more participants with answers (smaller groups are folded into &quot;Other&quot; to protect their answers).
        </p>
      ) : (
        <section aria-labelledby="groups-heatmap-title" className="space-y-3">
          <h2 id="groups-heatmap-title" className="text-xl font-semibold">
            Heatmap: dimensions by group
          </h2>
          <p className="text-sm text-ink-muted">
            Each group&apos;s median; the last column is how far apart the groups are (where, say, business and IT disagree). Spread is the lowest to the highest answer within a group. Groups of fewer than {figures.minGroupSize} people
            are folded into &quot;Other&quot;{figures.groups.some((group) => group.folded.length > 0) ? ` (here: ${figures.groups.flatMap((group) => group.folded).join(", ")})` : ""}.
          </p>
          <MetricSwitch metric={metric} hrefFor={(next) => `${path}?metric=${next}`} />
          <HeatmapTable
            heatmap={heatmap!}
            caption={`${metricLabels[metric]} by dimension and participant group (people in the group)`}
            columnHeading="group"
            columnHref={() => resultsPath}
            difference={differences ? { heading: "Groups differ by", values: differences } : null}
          />
        </section>
      )}
    </div>
  );
}
