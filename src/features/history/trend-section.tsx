import { ScrollArea } from "@/components/ui/scroll-area";
import type { Trend, TrendSeries } from "@/domain/history/trend";
import { formatLevel } from "@/lib/level-format";

import { TrendCharts } from "./trend-charts";

function TrendRows({ series, label }: { series: TrendSeries[]; label: string }) {
  return (
    <>
      <tr className="border-t-2 border-line bg-brand-50">
        <th scope="rowgroup" colSpan={1 + (series[0]?.points.length ?? 0)} className="p-2 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase">
          {label}
        </th>
      </tr>
      {series.map((entry) => (
        <tr key={entry.id} className="border-t border-line">
          <th scope="row" className="p-2 font-medium">
            {entry.name}
          </th>
          {entry.points.map((point) => (
            <td key={point.roundId} className="p-2 whitespace-nowrap tabular-nums">
              {formatLevel(point.current)} <span aria-hidden="true">→</span>
              <span className="sr-only">, needed</span> {formatLevel(point.target)}
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

/** The trend across an organization's closed rounds: charts per category and dimension, and the same numbers as a table. */
export function TrendSection({ trend, maxLevel, frameworkName }: { trend: Trend; maxLevel: number; frameworkName: string }) {
  const toChart = (entry: TrendSeries) => ({ id: entry.id, name: entry.name, points: entry.points.map((point) => ({ roundName: point.roundName, current: point.current, target: point.target })) });
  return (
    <div className="space-y-4">
      <p className="text-sm text-ink-muted">
        Today (solid blue) and needed (dashed orange) in each closed round on {frameworkName}, oldest first, as published when each round closed.
        {trend.leftOut > 0 ? ` ${trend.leftOut} round${trend.leftOut === 1 ? "" : "s"} on another framework or version ${trend.leftOut === 1 ? "is" : "are"} left out.` : ""} The table below has the
        same numbers.
      </p>
      <h3 className="font-semibold">By category</h3>
      <TrendCharts series={trend.categories.map(toChart)} maxLevel={maxLevel} />
      <h3 className="font-semibold">By dimension</h3>
      <TrendCharts series={trend.dimensions.map(toChart)} maxLevel={maxLevel} />
      <ScrollArea label="Trend table (scrolls sideways)">
        <table className="w-full text-left text-sm">
          <caption className="p-3 text-left font-semibold">Trend: today → needed in each round</caption>
          <thead className="bg-brand-50">
            <tr>
              <th scope="col" className="p-2">
                Category or dimension
              </th>
              {trend.rounds.map((round) => (
                <th key={round.roundId} scope="col" className="p-2 whitespace-nowrap">
                  {round.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <TrendRows series={trend.categories} label="Categories" />
            <TrendRows series={trend.dimensions} label="Dimensions" />
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
