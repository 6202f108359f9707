import Link from "next/link";

import { ScrollArea } from "@/components/ui/scroll-area";
import { metricLabels, type Heatmap, type HeatmapColumn, type HeatmapMetric } from "@/domain/history/heatmaps";
import { heatColor } from "@/lib/heat-color";
import { formatChange, formatLevel } from "@/lib/level-format";

// A heatmap is a table: a real <table> with row and column headers, the number in every cell, and
// the colour (cividis, text colour per cell for contrast) only as a second cue.

const metrics: HeatmapMetric[] = ["current", "target", "gap", "spread"];

/** Links, not buttons, so switching works without JavaScript and each view has its own address. */
export function MetricSwitch({ metric, hrefFor }: { metric: HeatmapMetric; hrefFor: (metric: HeatmapMetric) => string }) {
  return (
    <nav aria-label="Figure shown in the heatmap" className="flex flex-wrap gap-2 text-sm">
      {metrics.map((entry) => (
        <Link
          key={entry}
          href={hrefFor(entry)}
          aria-current={entry === metric ? "page" : undefined}
          className={
            entry === metric
              ? "rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white"
              : "rounded-md border border-line bg-surface px-3 py-1.5 text-brand-700 underline"
          }
        >
          {metricLabels[entry]}
        </Link>
      ))}
    </nav>
  );
}

function Legend({ domain, metric }: { domain: [number, number]; metric: HeatmapMetric }) {
  const [low, high] = domain;
  const format = metric === "gap" ? formatChange : formatLevel;
  const stops = Array.from({ length: 9 }, (_, index) => heatColor(low + ((high - low) * index) / 8, domain).background);
  return (
    <p className="flex items-center gap-2 text-xs text-ink-muted">
      <span>{format(low)}</span>
      <span aria-hidden="true" className="inline-block h-3 w-32 rounded-sm" style={{ background: `linear-gradient(to right, ${stops.join(", ")})` }} />
      <span>{format(high)}</span>
      <span>(darker: lower, lighter: higher; the number is in every cell)</span>
    </p>
  );
}

export function HeatmapTable({
  heatmap,
  caption,
  columnHeading,
  columnHref,
  versusOthers,
  difference,
}: {
  heatmap: Heatmap;
  caption: string;
  columnHeading: string;
  columnHref: (column: HeatmapColumn) => string | null;
  versusOthers?: (number | null)[][] | null;
  /** A last, uncoloured column: one figure per row (for example how far apart the groups are). */
  difference?: { heading: string; values: (number | null)[] } | null;
}) {
  const format = heatmap.metric === "gap" ? formatChange : formatLevel;
  return (
    <div className="space-y-2">
      <ScrollArea label={`${caption} (scrolls sideways)`}>
        {/* Cell padding and alignment are set once here: a portfolio has hundreds of cells. */}
        <table className="w-full border-separate border-spacing-0.5 text-left text-sm [&_td]:p-2 [&_td]:text-center [&_td]:tabular-nums">
          <caption className="p-3 text-left font-semibold">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="bg-brand-50 p-2">
                Dimension <span className="sr-only">(rows) by {columnHeading} (columns)</span>
              </th>
              {heatmap.columns.map((column) => {
                const href = columnHref(column);
                return (
                  <th key={column.id} scope="col" className="min-w-16 bg-brand-50 p-2 align-bottom">
                    {href ? (
                      <Link className="text-brand-700 underline" href={href}>
                        {column.name}
                      </Link>
                    ) : (
                      column.name
                    )}
                  </th>
                );
              })}
              {difference ? (
                <th scope="col" className="min-w-16 bg-brand-50 p-2 align-bottom">
                  {difference.heading}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row, rowIndex) => (
              <tr key={row.id}>
                <th scope="row" className="p-2 font-medium">
                  {row.name}
                </th>
                {heatmap.columns.map((column, columnIndex) => {
                  const value = heatmap.cells[rowIndex]![columnIndex] ?? null;
                  const versus = versusOthers?.[rowIndex]?.[columnIndex] ?? null;
                  if (value === null) {
                    return (
                      <td key={column.id} className="bg-canvas text-ink-muted">
                        —<span className="sr-only"> no figure</span>
                      </td>
                    );
                  }
                  const { background, text } = heatColor(value, heatmap.domain);
                  return (
                    <td key={column.id} className="font-semibold" style={{ background, color: text }}>
                      {format(value)}
                      {versus !== null ? <span className="block text-xs font-normal">{formatChange(versus)} vs others</span> : null}
                    </td>
                  );
                })}
                {difference ? <td className="border-l-2 border-line font-semibold">{formatLevel(difference.values[rowIndex] ?? null)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <Legend domain={heatmap.domain} metric={heatmap.metric} />
    </div>
  );
}

export function parseMetric(value: string | string[] | undefined): HeatmapMetric {
  return typeof value === "string" && (metrics as string[]).includes(value) ? (value as HeatmapMetric) : "current";
}
