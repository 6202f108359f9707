import type { Metadata } from "next";
import Link from "next/link";

import { metricLabels, MIN_ORGANIZATIONS_FOR_PEER_MEDIAN, portfolioHeatmap } from "@/domain/history/heatmaps";
import { HeatmapTable, MetricSwitch, parseMetric } from "@/features/history/heatmap-table";
import { requireActor } from "@/server/auth/session";
import { getPortfolio } from "@/server/history";
import { loadForPage } from "@/server/outcomes";

export const metadata: Metadata = { title: "Portfolio heatmap" };

export default async function PortfolioPage({ params, searchParams }: PageProps<"/w/[slug]/portfolio">) {
  const { slug } = await params;
  const query = await searchParams;
  const metric = parseMetric(query.metric);
  const versus = query.compare === "others";
  const path = `/w/${slug}/portfolio`;
  const actor = await requireActor(path);
  const portfolio = await loadForPage(() => getPortfolio(actor, slug, typeof query.framework === "string" ? query.framework : undefined), path);
  const frameworkKey = portfolio.framework ? `${portfolio.framework.id}@${portfolio.framework.version}` : "";
  const href = (changes: { metric?: string; framework?: string; compare?: boolean }) => {
    const search = new URLSearchParams({ framework: changes.framework ?? frameworkKey, metric: changes.metric ?? metric });
    if (changes.compare ?? versus) search.set("compare", "others");
    return `${path}?${search.toString()}`;
  };
  const heatmap = portfolio.framework ? portfolioHeatmap(portfolio.framework, portfolio.entries, metric) : null;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">Portfolio heatmap</h1>
        <p className="text-ink-muted">Each active organization by its latest closed round, as published when that round closed.</p>
      </header>
      {!heatmap || !portfolio.framework ? (
        <p className="rounded-lg border border-line bg-surface p-5">No round has closed in this workspace yet. The heatmap fills in as rounds close.</p>
      ) : (
        <section aria-labelledby="portfolio-heatmap-title" className="space-y-3">
          <h2 id="portfolio-heatmap-title" className="text-xl font-semibold">
            {portfolio.framework.name}: dimensions by organization
          </h2>
          {portfolio.frameworks.length > 1 ? (
            <nav aria-label="Framework" className="flex flex-wrap gap-2 text-sm">
              {portfolio.frameworks.map((entry) => (
                <Link key={entry.key} href={href({ framework: entry.key })} aria-current={entry.key === frameworkKey ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
                  {entry.name} ({entry.organizations})
                </Link>
              ))}
            </nav>
          ) : null}
          <MetricSwitch metric={metric} hrefFor={(next) => href({ metric: next })} />
          {heatmap.versusOthers ? (
            <p className="text-sm">
              <Link className="text-brand-700 underline" href={href({ compare: !versus })}>
                {versus ? "Hide the comparison with the median of the other organizations" : "Compare each organization with the median of the others"}
              </Link>
            </p>
          ) : (
            <p className="text-sm text-ink-muted">From {MIN_ORGANIZATIONS_FOR_PEER_MEDIAN} organizations on, each can be compared with the median of the others.</p>
          )}
          <HeatmapTable
            heatmap={heatmap}
            caption={`${metricLabels[metric]} by dimension and organization${versus && heatmap.versusOthers ? ", with the difference from the median of the other organizations" : ""}`}
            columnHeading="organization"
            columnHref={(column) => `/w/${slug}/rounds/${column.roundId}/results`}
            versusOthers={versus ? heatmap.versusOthers : null}
          />
        </section>
      )}
    </div>
  );
}
