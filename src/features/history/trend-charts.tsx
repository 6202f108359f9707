"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendChartSeries = { id: string; name: string; points: { roundName: string; current: number | null; target: number | null }[] };

// Okabe–Ito blue and vermilion (as the radar uses), and solid against dashed, so colour is never the only cue.
const TODAY = "#0072B2";
const NEEDED = "#D55E00";

/**
 * Small multiples: one chart per category or dimension, today (solid) and needed (dashed) across
 * rounds. Drawn for the eye only (aria-hidden); the table beside them carries the same numbers.
 */
export function TrendCharts({ series, maxLevel }: { series: TrendChartSeries[]; maxLevel: number }) {
  const ticks = Array.from({ length: maxLevel }, (_, index) => index + 1);
  return (
    <ul className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-3" aria-hidden="true">
      {series.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-line bg-surface p-2">
          <p className="text-sm font-semibold">{entry.name}</p>
          <div style={{ width: "100%", height: 150 }}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={entry.points} margin={{ top: 8, right: 12, bottom: 0, left: -24 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="roundName" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
                <YAxis domain={[1, maxLevel]} ticks={ticks} tick={{ fontSize: 10 }} allowDecimals={false} />
                <Tooltip />
                <Line type="linear" dataKey="current" name="Today" stroke={TODAY} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
                <Line type="linear" dataKey="target" name="Needed" stroke={NEEDED} strokeWidth={2} strokeDasharray="6 4" dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </li>
      ))}
    </ul>
  );
}
