import type { Framework } from "@/domain/framework/framework-schema";
import { buildExecutiveSummary } from "@/domain/summary/executive-summary";
import type { OrganizationRound } from "@/server/published-figures";

import { ExecutiveSummaryCard } from "./executive-summary-card";

/** The executive summary of an organization's latest closed round, compared with the round it followed. */
export function LatestRoundSummary({ framework, rounds }: { framework: Framework; rounds: readonly OrganizationRound[] }) {
  const latest = rounds.at(-1);
  if (!latest) return null;
  const previous = rounds.find((round) => round.roundId === latest.previousRoundId);
  const summary = buildExecutiveSummary(framework, latest.figures, previous ? { name: previous.name, figures: previous.figures } : null);
  if (summary.empty) return <p className="text-ink-muted">{latest.name} closed with too few answers to show any figure.</p>;
  return <ExecutiveSummaryCard summary={summary} heading={`${latest.name} at a glance`} />;
}
