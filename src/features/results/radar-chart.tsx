"use client";

import type { BaseTickContentProps, DotItemDotProps } from "recharts/types/util/types";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Polygon, Radar, RadarChart as RechartsRadar, ResponsiveContainer, Text, Tooltip } from "recharts";

export type RadarSeries = { key: string; label: string; color: string; dashed?: boolean };
/** One axis: its label, why it has no point if it has none, and one value per series (null: no point). */
export type RadarPoint = { dimension: string; missing?: string | null } & Record<string, number | string | null | undefined>;

type Point = { x: number; y: number; value?: unknown };

// A dimension without a value is a gap in the outline, not a point at 0 (which would read as
// "level 0"): recharts puts null at the centre, so such points are made invalid, which its polygon
// skips.
function gapped<T extends Point>(points: readonly T[]): T[] {
  return points.map((point) => (typeof point.value === "number" ? point : { ...point, x: Number.NaN, y: Number.NaN }));
}

/**
 * A radar of levels by dimension. It is drawn for the eye only (aria-hidden): the page always puts
 * the same numbers in a table next to it, which is what screen readers and printouts use.
 */
export function RadarChart({ data, series, maxLevel, height = 380 }: { data: RadarPoint[]; series: RadarSeries[]; maxLevel: number; height?: number }) {
  const tick = ({ x, y, textAnchor, verticalAnchor, payload, index }: BaseTickContentProps & { x?: number | string; y?: number | string }) => {
    const missing = data[index]?.missing;
    return (
      // Wrapped to a fixed width, with room left by the chart's side margins, so no label is cut off on a phone.
      <Text x={x} y={y} textAnchor={textAnchor} verticalAnchor={verticalAnchor} width={78} fontSize={11} fill={missing ? "#4a5568" : "#1c2433"} fontStyle={missing ? "italic" : undefined}>
        {missing ? `${payload.value} (${missing})` : payload.value}
      </Text>
    );
  };
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsRadar data={data} outerRadius="68%" margin={{ top: 10, right: 44, bottom: 10, left: 44 }} accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="dimension" tick={tick} />
          <PolarRadiusAxis angle={90} domain={[0, maxLevel]} tickCount={maxLevel + 1} tick={{ fontSize: 10 }} />
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
              shape={(props: { points: Point[] }) => (
                <Polygon points={gapped(props.points)} stroke={item.color} fill={item.color} fillOpacity={0.12} strokeWidth={2} strokeDasharray={item.dashed ? "6 4" : undefined} />
              )}
              dot={(props: DotItemDotProps) =>
                typeof props.value === "number" ? <circle key={props.index} cx={props.cx} cy={props.cy} r={2.5} fill={item.color} /> : <g key={props.index} />
              }
            />
          ))}
          <Legend />
          <Tooltip />
        </RechartsRadar>
      </ResponsiveContainer>
    </div>
  );
}
