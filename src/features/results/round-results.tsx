import type { Framework } from "@/domain/framework/framework-schema";
import { SCORING_METHOD, type RoundScores } from "@/domain/scoring/round-scoring";

import { CategoryLevels } from "./category-levels";
import { currentColor, targetColor } from "./chart-colors";
import { CommentsList } from "./comments-list";
import { GroupComparison } from "./group-comparison";
import { ImbalanceWarnings } from "./imbalance-warnings";
import { NextSteps } from "./next-steps";
import { RadarChart } from "./radar-chart";
import { ResultsTable } from "./results-table";

// Short axis labels keep the radar readable on a phone; the tables use the full names.
const shortNames: Record<string, string> = {
  "accuracy-and-learnability": "Accuracy",
  "channel-reach": "Channel reach",
  "security-and-privacy": "Security",
  "financial-effectiveness": "Financial",
};

export function RoundResults({ framework, scores, isFinal }: { framework: Framework; scores: RoundScores; isFinal: boolean }) {
  const radarData = scores.dimensions.map((dimension) => ({
    dimension: shortNames[dimension.dimensionId] ?? dimension.name,
    current: dimension.official.current,
    target: dimension.official.target,
  }));
  return (
    <div className="space-y-10">
      <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">
        {isFinal ? "Final results: the round is closed." : "Live results: the round is still open and these numbers change as answers arrive."} Based on{" "}
        {scores.participantCount} participant{scores.participantCount === 1 ? "" : "s"} with answers.
      </p>
      <ImbalanceWarnings scores={scores} />
      <section aria-labelledby="radar-title" className="space-y-3">
        <h2 id="radar-title" className="text-xl font-semibold">
          Today and needed, by dimension
        </h2>
        <figure className="rounded-lg border border-line bg-surface p-3">
          <RadarChart
            data={radarData}
            series={[
              { key: "current", label: "Today", color: currentColor },
              { key: "target", label: "Needed", color: targetColor, dashed: true },
            ]}
          />
          <figcaption className="text-sm text-ink-muted">Radar of the median level today (solid) and needed (dashed), 1 = {framework.levels[0]?.name} to 5 = {framework.levels.at(-1)?.name}. The same numbers are in the table below.</figcaption>
        </figure>
        <ResultsTable scores={scores} />
      </section>
      <section aria-labelledby="categories-title" className="space-y-3">
        <h2 id="categories-title" className="text-xl font-semibold">
          Categories
        </h2>
        <CategoryLevels scores={scores} />
      </section>
      <section aria-labelledby="next-title" className="space-y-3">
        <h2 id="next-title" className="text-xl font-semibold">
          What the next level looks like
        </h2>
        <NextSteps scores={scores} />
      </section>
      <section aria-labelledby="groups-title" className="space-y-3">
        <h2 id="groups-title" className="text-xl font-semibold">
          By participant group
        </h2>
        <GroupComparison scores={scores} shortNames={shortNames} />
      </section>
      <section aria-labelledby="comments-title" className="space-y-3">
        <h2 id="comments-title" className="text-xl font-semibold">
          Comments
        </h2>
        <CommentsList scores={scores} />
      </section>
      <section aria-labelledby="method-title" className="space-y-2 text-sm text-ink-muted">
        <h2 id="method-title" className="text-base font-semibold text-ink">
          How these numbers are computed
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {SCORING_METHOD.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
