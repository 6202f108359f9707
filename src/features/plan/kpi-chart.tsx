"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";

/**
 * One KPI's values by round, as bars. For the eye only (aria-hidden): the before/after table beside it
 * holds the same numbers for screen readers.
 */
export function KpiChart({ name, unit, points }: { name: string; unit: string; points: { roundName: string; value: number | null }[] }) {
  return (
    <figure className="rounded-md border border-line p-2">
      <figcaption className="text-sm font-medium">
        {name} ({unit})
      </figcaption>
      <div aria-hidden="true" style={{ width: "100%", height: 160 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points.map((point) => ({ round: point.roundName, value: point.value }))} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="round" tick={{ fontSize: 11 }} />
            <YAxis width={44} tick={{ fontSize: 11 }} />
            <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
