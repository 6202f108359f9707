import type { Metadata } from "next";
import Link from "next/link";

import { RoundResults } from "@/features/results/round-results";
import { ConsensusSummary } from "@/features/workshop/consensus-summary";
import { requireActor } from "@/server/auth/session";
import { loadForPage } from "@/server/outcomes";
import { getRoundResults } from "@/server/results";
import { listRecordedConsensus } from "@/server/workshop/consensus";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: PageProps<"/w/[slug]/rounds/[roundId]/results">) {
  const { slug, roundId } = await params;
  const path = `/w/${slug}/rounds/${roundId}/results`;
  const actor = await requireActor(path);
  const { round, framework, scores, participantTotal } = await loadForPage(() => getRoundResults(actor, slug, roundId), path);
  const workshop = await listRecordedConsensus(actor, slug, roundId, round.minGroupSize);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-ink-muted">
          <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${round.organization.id}`}>
            {round.organization.name}
          </Link>{" "}
          ·{" "}
          <Link className="text-brand-700 underline" href={`/w/${slug}/rounds/${round.id}`}>
            {round.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">Results: {round.name}</h1>
      </header>
      <RoundResults framework={framework} scores={scores} round={{ status: round.status, participantTotal, roundPath: `/w/${slug}/rounds/${round.id}` }} />
      <ConsensusSummary consensus={workshop.consensus} counts={workshop.counts} dimensions={framework.dimensions} levels={framework.levels} />
    </div>
  );
}
