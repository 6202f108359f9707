import type { RoundScores } from "@/domain/scoring/round-scoring";

import { formatGap, formatLevel } from "./format";

/** For every dimension with a gap, what the next level up looks like, in the model's own words. */
export function NextSteps({ scores }: { scores: RoundScores }) {
  const withGap = scores.dimensions.filter((dimension) => (dimension.gap ?? 0) > 0 && dimension.nextLevel).sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
  if (withGap.length === 0) return <p className="text-ink-muted">No dimension needs to move up, or not enough answers yet.</p>;
  return (
    <ol className="space-y-3">
      {withGap.map((dimension) => (
        <li key={dimension.dimensionId} className="rounded-lg border border-line bg-surface p-4">
          <h3 className="font-semibold">
            {dimension.name}: today {formatLevel(dimension.official.current)}, needed {formatLevel(dimension.official.target)} (gap {formatGap(dimension.gap)})
          </h3>
          <p className="mt-1 text-sm">
            <span className="font-medium">Next level, {dimension.nextLevel!.rank} · {dimension.nextLevel!.name}: </span>
            {dimension.nextLevel!.descriptor}
          </p>
        </li>
      ))}
    </ol>
  );
}
