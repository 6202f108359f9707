import type { RoundScores } from "@/domain/scoring/round-scoring";

import { formatGap, formatLevel } from "./format";

/** The numbers behind the radar, one row per dimension: what screen readers and printouts use. */
export function ResultsTable({ scores }: { scores: RoundScores }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
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
            <th scope="col" className="p-2">Answers</th>
            <th scope="col" className="p-2">Don&apos;t know (today / needed)</th>
          </tr>
        </thead>
        <tbody>
          {scores.dimensions.map((dimension) => (
            <tr key={dimension.dimensionId} className="border-t border-line">
              <th scope="row" className="p-2 font-medium">
                {dimension.name}
                {dimension.official.source === "consensus" ? <span className="block text-xs font-normal text-ink-muted">agreed in consensus</span> : null}
              </th>
              <td className="p-2">{formatLevel(dimension.official.current)}</td>
              <td className="p-2">{formatLevel(dimension.official.target)}</td>
              <td className="p-2 font-semibold">{formatGap(dimension.gap)}</td>
              <td className="p-2">{dimension.current.count ? `${dimension.current.min}–${dimension.current.max}` : "—"}</td>
              <td className="p-2">{dimension.target.count ? `${dimension.target.min}–${dimension.target.max}` : "—"}</td>
              <td className="p-2">{Math.max(dimension.current.count + dimension.current.dontKnow, dimension.target.count + dimension.target.dontKnow)}</td>
              <td className="p-2">
                {dimension.current.dontKnow} / {dimension.target.dontKnow}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
