import { ScrollArea } from "@/components/ui/scroll-area";
import type { DimensionScore, RoundScores, ShownStats } from "@/domain/scoring/round-scoring";

import { formatGap, formatLevel, missingReason } from "./format";

function LevelCell({ value, stats }: { value: number | null; stats: ShownStats }) {
  const reason = missingReason(value, stats);
  return <td className="p-2">{reason ? <span className="text-ink-muted">— <span className="text-xs">({reason})</span></span> : formatLevel(value)}</td>;
}

function spread(stats: ShownStats): string {
  return stats.min !== null && stats.max !== null ? `${stats.min}–${stats.max}` : "—";
}

function DimensionRow({ dimension }: { dimension: DimensionScore }) {
  return (
    <tr className="border-t border-line">
      <th scope="row" className="p-2 font-medium">
        {dimension.name}
        {dimension.official.source === "consensus" ? <span className="block text-xs font-normal text-ink-muted">agreed in consensus</span> : null}
      </th>
      <LevelCell value={dimension.official.current} stats={dimension.current} />
      <LevelCell value={dimension.official.target} stats={dimension.target} />
      <td className="p-2 font-semibold">{formatGap(dimension.gap)}</td>
      <td className="p-2">{spread(dimension.current)}</td>
      <td className="p-2">{spread(dimension.target)}</td>
      <td className="p-2">{dimension.respondents}</td>
      <td className="p-2">
        {dimension.current.dontKnow} / {dimension.target.dontKnow}
      </td>
    </tr>
  );
}

/** The numbers behind the radar, one row per dimension: what screen readers and printouts use. */
export function ResultsTable({ scores }: { scores: RoundScores }) {
  return (
    <ScrollArea label="Levels by dimension (scrolls sideways)">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="p-3 text-left font-semibold">Levels by dimension: today and needed</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-2">Dimension</th>
            <th scope="col" className="p-2">Today (median)</th>
            <th scope="col" className="p-2">Needed (median)</th>
            <th scope="col" className="p-2">Gap</th>
            <th scope="col" className="p-2">Spread today</th>
            <th scope="col" className="p-2">Spread needed</th>
            <th scope="col" className="p-2">Answered by (incl. don&apos;t know)</th>
            <th scope="col" className="p-2">Don&apos;t know (today / needed)</th>
          </tr>
        </thead>
        <tbody>
          {scores.dimensions.map((dimension) => (
            <DimensionRow key={dimension.dimensionId} dimension={dimension} />
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
