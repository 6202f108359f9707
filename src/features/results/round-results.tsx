import type { Framework } from "@/domain/framework/framework-schema";
import { scoringMethod, type DimensionScore, type RoundScores } from "@/domain/scoring/round-scoring";

import { CategoryLevels } from "./category-levels";
import { currentColor, targetColor } from "./chart-colors";
import { CommentsList } from "./comments-list";
import { missingReason } from "./format";
import { GroupComparison } from "./group-comparison";
import { ImbalanceWarnings } from "./imbalance-warnings";
import { NextSteps } from "./next-steps";
import { RadarChart } from "./radar-chart";
import { NoResultsYet, PrivacyRule, ResultsStatus, type RoundState } from "./results-notices";
import { ResultsTable } from "./results-table";

/** Why a dimension has no point on the radar, if it has none. */
function radarGap(dimension: DimensionScore): string | null {
  const today = missingReason(dimension.official.current, dimension.current);
  const needed = missingReason(dimension.official.target, dimension.target);
  if (today && needed) return today;
  if (today) return `today: ${today}`;
  if (needed) return `needed: ${needed}`;
  return null;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * `summary` (the executive summary) is placed right under the status, above the radar; `comparison`
 * (with the previous round) right after the dimension table. The page composes them from other features.
 */
export function RoundResults({ framework, scores, round, summary, comparison }: { framework: Framework; scores: RoundScores; round: RoundState; summary?: React.ReactNode; comparison?: React.ReactNode }) {
  // Short axis labels (from the framework's data) keep the radar readable on a phone; tables use full names.
  const labels = Object.fromEntries(framework.dimensions.map((dimension) => [dimension.id, dimension.shortName]));
  const maxLevel = Math.max(...framework.levels.map((level) => level.rank));
  const nothingToShow = scores.participantCount === 0 || scores.withheld;
  const radarData = scores.dimensions.map((dimension) => ({
    dimension: labels[dimension.dimensionId] ?? dimension.name,
    missing: radarGap(dimension),
    current: dimension.official.current,
    target: dimension.official.target,
  }));
  const notDrawn = radarData.filter((point) => point.missing);
  return (
    <div className="space-y-10">
      <ResultsStatus round={round} scores={scores} />
      {nothingToShow ? (
        <NoResultsYet round={round} scores={scores} />
      ) : (
        <>
          {summary}
          <Section id="radar" title="Today and needed, by dimension">
            <figure className="rounded-lg border border-line bg-surface p-3">
              <RadarChart
                data={radarData}
                maxLevel={maxLevel}
                series={[
                  { key: "current", label: "Today", color: currentColor },
                  { key: "target", label: "Needed", color: targetColor, dashed: true },
                ]}
              />
              <figcaption className="text-sm text-ink-muted">
                Radar of the median level today (solid) and needed (dashed) on the {framework.shortName} scale:{" "}
                {framework.levels.map((level) => `${level.rank} = ${level.name}`).join(", ")}. The same numbers are in the table below.
                {notDrawn.length > 0 ? ` Left open where there is nothing to draw: ${notDrawn.map((point) => `${point.dimension} (${point.missing})`).join(", ")}.` : ""}
              </figcaption>
            </figure>
            <ResultsTable scores={scores} />
          </Section>
          {comparison}
          <Section id="categories" title="Categories">
            <ImbalanceWarnings scores={scores} note={framework.scoring.imbalanceNote} />
            <CategoryLevels scores={scores} />
          </Section>
          <Section id="next" title="What the next level looks like">
            <NextSteps scores={scores} />
          </Section>
          <Section id="groups" title="By participant group">
            <GroupComparison scores={scores} labels={labels} maxLevel={maxLevel} />
          </Section>
          <Section id="comments" title="Comments">
            <CommentsList scores={scores} />
          </Section>
        </>
      )}
      <PrivacyRule minGroupSize={scores.minGroupSize} />
      <section aria-labelledby="method-title" className="space-y-2 text-sm text-ink-muted">
        <h2 id="method-title" className="text-base font-semibold text-ink">
          How these numbers are computed
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {scoringMethod(framework.scoring.imbalanceThreshold).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
