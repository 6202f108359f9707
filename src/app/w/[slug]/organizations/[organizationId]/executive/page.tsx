import type { Metadata } from "next";
import Link from "next/link";

import { parseMetric } from "@/features/history/heatmap-table";
import { ExecutiveReport } from "@/features/history/executive-report";
import { LatestRoundSummary } from "@/features/summary/latest-round-summary";
import { requireActor } from "@/server/auth/session";
import { getExecutiveView } from "@/server/executive";
import { loadForPage } from "@/server/outcomes";

export const metadata: Metadata = { title: "Executive view" };

// The executive view of one organization for a signed-in reader: a client executive scoped to it
// (who sees nothing else of the workspace), or any member previewing what clients see.
export default async function ExecutiveViewPage({ params, searchParams }: PageProps<"/w/[slug]/organizations/[organizationId]/executive">) {
  const { slug, organizationId } = await params;
  const metric = parseMetric((await searchParams).metric);
  const path = `/w/${slug}/organizations/${organizationId}/executive`;
  const actor = await requireActor(path);
  const view = await loadForPage(() => getExecutiveView(actor, slug, organizationId), path);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-ink-muted">
          {view.isClient ? (
            `Shared with you by ${view.workspaceName} · read-only`
          ) : (
            <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${view.organization.id}`}>
              {view.organization.name}
            </Link>
          )}
        </p>
        <h1 className="text-2xl font-bold text-brand-900">{view.organization.name}: executive view</h1>
        {view.isClient ? null : <p className="mt-1 text-sm text-ink-muted">This is what client executives of {view.organization.name} see, with a share link or their own account.</p>}
      </header>
      {view.framework && view.rounds.length > 0 ? (
        <ExecutiveReport
          framework={view.framework}
          rounds={view.rounds}
          metric={metric}
          metricHref={(next) => `${path}?metric=${next}`}
          summary={<LatestRoundSummary framework={view.framework} rounds={view.rounds} />}
        />
      ) : (
        <p className="rounded-lg border border-line bg-surface p-5">No assessment round of {view.organization.name} has closed yet. The summary, heatmaps and trend appear here once one closes.</p>
      )}
    </div>
  );
}
