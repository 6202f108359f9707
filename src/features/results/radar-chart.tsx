"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadar, ResponsiveContainer, Tooltip } from "recharts";

export type RadarSeries = { key: string; label: string; color: string; dashed?: boolean };
export type RadarPoint = { dimension: string } & Record<string, number | string | null>;

/**
 * A radar of levels 0–5 by dimension. It is drawn for the eye only (aria-hidden): the page always
 * puts the same numbers in a table next to it, which is what screen readers and printouts use.
 */
export function RadarChart({ data, series, height = 380 }: { data: RadarPoint[]; series: RadarSeries[]; height?: number }) {
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsRadar data={data} outerRadius="70%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 11 }} />
          <PolarRadiusAxis angle={90} domain={[0, 5]} tickCount={6} tick={{ fontSize: 10 }} />
          {series.map((item) => (
            <Radar
              key={item.key}
              name={item.label}
              dataKey={item.key}
              stroke={item.color}
              fill={item.color}
              fillOpacity={0.12}
              strokeWidth={2}
              strokeDasharray={item.dashed ? "6 4" : undefined}
              isAnimationActive={false}
            />
          ))}
          <Legend />
          <Tooltip />
        </RechartsRadar>
      </ResponsiveContainer>
    </div>
  );
}
