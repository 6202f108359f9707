import type { Metadata } from "next";
import Link from "next/link";

import { assessBoundaries } from "@/domain/boundaries";
import { comparisonView } from "@/domain/history/comparison";
import { toPublishedFigures } from "@/domain/history/published-figures";
import { buildExecutiveSummary } from "@/domain/summary/executive-summary";
import { BoundariesWarning } from "@/features/boundaries/boundaries-warning";
import { ComparisonSection } from "@/features/history/comparison-section";
import { frameworkPagePath } from "@/features/model/model-catalog";
import { ReportPackLinks } from "@/features/reports/report-pack-links";
import { RoundResults } from "@/features/results/round-results";
import { ExecutiveSummaryCard } from "@/features/summary/executive-summary-card";
import { ConsensusSummary } from "@/features/workshop/consensus-summary";
import { requireActor } from "@/server/auth/session";
import { getBoundariesReview } from "@/server/boundaries";
import { getPublishedRound } from "@/server/history";
import { loadForPage } from "@/server/outcomes";
import { getRoundResults } from "@/server/results";
import { listRecordedConsensus } from "@/server/workshop/consensus";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: PageProps<"/w/[slug]/rounds/[roundId]/results">) {
  const { slug, roundId } = await params;
  const path = `/w/${slug}/rounds/${roundId}/results`;
  const actor = await requireActor(path);
  const [{ round, framework, scores, participantTotal }, published] = await loadForPage(
    () => Promise.all([getRoundResults(actor, slug, roundId), getPublishedRound(actor, slug, roundId)]),
    path,
  );
  // The boundaries rule reads the official levels as shown (figures withheld for privacy stay out).
  const boundaries = await loadForPage(() => getBoundariesReview(actor, slug, round.organization.id), path);
  const officialLevels = Object.fromEntries(scores.dimensions.map((dimension) => [dimension.dimensionId, dimension.official.current]));
  const boundariesAssessment = boundaries ? assessBoundaries(framework, officialLevels, boundaries.review) : null;
  const workshop = await listRecordedConsensus(actor, slug, roundId, round.minGroupSize);
  // A closed round speaks through its published figures; an open one through its live scores.
  const figures = published.round?.figures ?? toPublishedFigures(framework, scores);
  const previous = published.previous ? { name: published.previous.name, figures: published.previous.figures } : null;
  const summary = buildExecutiveSummary(framework, figures, previous);
  const organizationPath = `/w/${slug}/organizations/${round.organization.id}`;
  const boundariesHref = `${organizationPath}/boundaries`;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-ink-muted">
          <Link className="text-brand-700 underline" href={organizationPath}>
            {round.organization.name}
          </Link>{" "}
          ·{" "}
          <Link className="text-brand-700 underline" href={`/w/${slug}/rounds/${round.id}`}>
            {round.name}
          </Link>{" "}
          ·{" "}
          <Link className="text-brand-700 underline" href={frameworkPagePath(framework, slug)}>
            {framework.name}
          </Link>{" "}
          version {framework.version}
        </p>
        <h1 className="text-2xl font-bold text-brand-900">Results: {round.name}</h1>
        <nav aria-label="Across rounds" className="mt-1 text-sm">
          <Link className="text-brand-700 underline" href={`${organizationPath}/history`}>
            History and trend
          </Link>
          {published.round ? (
            <>
              {" · "}
              <Link className="text-brand-700 underline" href={`/w/${slug}/rounds/${round.id}/groups`}>
                Heatmap by group
              </Link>
            </>
          ) : null}
        </nav>
      </header>
      {/* Without a summary (nothing answered yet) the boundaries warning stands alone above the results. */}
      {boundariesAssessment && summary.empty ? <BoundariesWarning assessment={boundariesAssessment} reviewHref={boundariesHref} /> : null}
      <RoundResults
        framework={framework}
        scores={scores}
        round={{ status: round.status, participantTotal, roundPath: `/w/${slug}/rounds/${round.id}` }}
        summary={
          summary.empty ? null : (
            <ExecutiveSummaryCard
              summary={summary}
              alert={boundariesAssessment ? <BoundariesWarning assessment={boundariesAssessment} reviewHref={boundariesHref} headingLevel={3} /> : null}
            />
          )
        }
        comparison={
          previous && !summary.empty ? (
            <ComparisonSection view={comparisonView(framework, { name: round.name, figures }, previous)} />
          ) : null
        }
      />
      <ConsensusSummary consensus={workshop.consensus} counts={workshop.counts} dimensions={framework.dimensions} levels={framework.levels} />
      {/* Report pack (issue 10): downloads of this round's report in every format. */}
      <ReportPackLinks slug={slug} roundId={round.id} organizationId={round.organization.id} />
    </div>
  );
}
