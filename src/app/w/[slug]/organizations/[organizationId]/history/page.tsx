import type { Metadata } from "next";
import Link from "next/link";

import { buildExecutiveSummary } from "@/domain/summary/executive-summary";
import { parseMetric } from "@/features/history/heatmap-table";
import { OrganizationHistoryView } from "@/features/history/organization-history-view";
import { ExecutiveSummaryCard } from "@/features/summary/executive-summary-card";
import { requireActor } from "@/server/auth/session";
import { getOrganizationHistory } from "@/server/history";
import { loadForPage } from "@/server/outcomes";

export const metadata: Metadata = { title: "History and trend" };

export default async function OrganizationHistoryPage({ params, searchParams }: PageProps<"/w/[slug]/organizations/[organizationId]/history">) {
  const { slug, organizationId } = await params;
  const metric = parseMetric((await searchParams).metric);
  const path = `/w/${slug}/organizations/${organizationId}/history`;
  const actor = await requireActor(path);
  const { organization, rounds, framework } = await loadForPage(() => getOrganizationHistory(actor, slug, organizationId), path);
  const latest = rounds.at(-1);
  const previous = latest ? rounds.find((round) => round.roundId === latest.previousRoundId) : undefined;
  const summary = framework && latest ? buildExecutiveSummary(framework, latest.figures, previous ? { name: previous.name, figures: previous.figures } : null) : null;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${organization.id}`}>
            {organization.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">History and trend: {organization.name}</h1>
      </header>
      {framework && latest && summary ? (
        <OrganizationHistoryView
          framework={framework}
          rounds={rounds}
          metric={metric}
          links={{
            metric: (next) => `${path}?metric=${next}`,
            round: (roundId) => `/w/${slug}/rounds/${roundId}/results`,
            groups: (roundId) => `/w/${slug}/rounds/${roundId}/groups`,
          }}
          summary={
            summary.empty ? (
              <p className="text-ink-muted">{latest.name} closed with too few answers to show any figure.</p>
            ) : (
              <div className="space-y-2">
                <ExecutiveSummaryCard summary={summary} heading={`${latest.name} at a glance`} />
                <p className="text-sm">
                  <Link className="text-brand-700 underline" href={`/w/${slug}/rounds/${latest.roundId}/results`}>
                    Full results of {latest.name}
                  </Link>
                </p>
              </div>
            )
          }
        />
      ) : (
        <p className="rounded-lg border border-line bg-surface p-5">No round of {organization.name} has closed yet. Its history, trend and heatmaps appear here once one closes.</p>
      )}
    </div>
  );
}
