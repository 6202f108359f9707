import type { Framework } from "../framework/framework-schema";
import { medianOf } from "../scoring/level-stats";
import { isSameFramework, type PublishedFigures } from "./published-figures";
import type { PublishedRound } from "./trend";

// Heatmaps are tables: dimensions down, rounds / groups / organizations across, a number in every
// cell. These build the numbers; the page colours them and links each column to its round.

export type HeatmapMetric = "current" | "target" | "gap" | "spread";
export type HeatmapColumn = { id: string; name: string; roundId: string };
export type Heatmap = {
  metric: HeatmapMetric;
  rows: { id: string; name: string; shortName: string }[];
  columns: HeatmapColumn[];
  /** cells[row][column]; null where there is no figure. */
  cells: (number | null)[][];
  /** The scale the colours span, from the framework's levels. */
  domain: [number, number];
};

export const metricLabels: Record<HeatmapMetric, string> = {
  current: "Today",
  target: "Needed",
  gap: "Gap (needed − today)",
  spread: "Spread of today's answers",
};

export function metricDomain(framework: Framework, metric: HeatmapMetric): [number, number] {
  const top = framework.levels.length;
  if (metric === "gap") return [-(top - 1), top - 1];
  if (metric === "spread") return [0, top - 1];
  return [1, top];
}

type Levels = { current: number | null; target: number | null; currentSpread: number | null };

function valueOf(levels: Levels | undefined, metric: HeatmapMetric): number | null {
  if (!levels) return null;
  if (metric === "spread") return levels.currentSpread;
  if (metric === "gap") return levels.current === null || levels.target === null ? null : Math.round((levels.target - levels.current) * 100) / 100;
  return levels[metric];
}

function dimensionLevels(figures: PublishedFigures, dimensionId: string): Levels | undefined {
  return figures.dimensions.find((dimension) => dimension.dimensionId === dimensionId);
}

function rowsOf(framework: Framework) {
  return framework.dimensions.map(({ id, name, shortName }) => ({ id, name, shortName }));
}

function build(framework: Framework, metric: HeatmapMetric, columns: HeatmapColumn[], levelsAt: (dimensionId: string, column: number) => Levels | undefined): Heatmap {
  const rows = rowsOf(framework);
  return {
    metric,
    rows,
    columns,
    cells: rows.map((row) => columns.map((_, column) => valueOf(levelsAt(row.id, column), metric))),
    domain: metricDomain(framework, metric),
  };
}

function comparable(framework: Framework, round: PublishedRound): boolean {
  return isSameFramework(round.figures, { frameworkId: framework.id, frameworkVersion: framework.version });
}

/** One organization's history: a column per closed round on this framework, oldest first. */
export function historyHeatmap(framework: Framework, rounds: readonly PublishedRound[], metric: HeatmapMetric): Heatmap {
  const ordered = rounds.filter((round) => comparable(framework, round)).sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime());
  return build(
    framework,
    metric,
    ordered.map((round) => ({ id: round.roundId, name: round.name, roundId: round.roundId })),
    (dimensionId, column) => dimensionLevels(ordered[column]!.figures, dimensionId),
  );
}

/** One round split by participant group (only the groups large enough to publish). */
export function groupHeatmap(framework: Framework, round: PublishedRound, metric: HeatmapMetric): Heatmap {
  const groups = round.figures.groups;
  return build(
    framework,
    metric,
    groups.map((group) => ({ id: group.group, name: `${group.group} (${group.participantCount})`, roundId: round.roundId })),
    (dimensionId, column) => groups[column]!.dimensions.find((dimension) => dimension.dimensionId === dimensionId),
  );
}

export type PortfolioEntry = { organizationId: string; organizationName: string; round: PublishedRound };

/** Below this many organizations, "the median of the others" would say too much about too few. */
export const MIN_ORGANIZATIONS_FOR_PEER_MEDIAN = 5;

export type PortfolioHeatmap = Heatmap & {
  /** cells minus the median of the other organizations' cells, when there are enough organizations (null per cell where fewer others have a figure). */
  versusOthers: (number | null)[][] | null;
};

/** A workspace's organizations side by side, each by its latest closed round on this framework. */
export function portfolioHeatmap(framework: Framework, entries: readonly PortfolioEntry[], metric: HeatmapMetric): PortfolioHeatmap {
  const usable = entries.filter((entry) => comparable(framework, entry.round));
  const heatmap = build(
    framework,
    metric,
    usable.map((entry) => ({ id: entry.organizationId, name: entry.organizationName, roundId: entry.round.roundId })),
    (dimensionId, column) => dimensionLevels(usable[column]!.round.figures, dimensionId),
  );
  const versusOthers =
    usable.length < MIN_ORGANIZATIONS_FOR_PEER_MEDIAN
      ? null
      : heatmap.cells.map((row) =>
          row.map((value, column) => {
            const others = row.filter((other, index): other is number => index !== column && other !== null);
            // Counted per cell: where most organizations have no figure for a dimension, "the
            // median of the others" would be one or two named clients' levels.
            if (value === null || others.length < MIN_ORGANIZATIONS_FOR_PEER_MEDIAN - 1) return null;
            return Math.round((value - medianOf(others)!) * 100) / 100;
          }),
        );
  return { ...heatmap, versusOthers };
}

/**
 * Per dimension, how far apart the groups are (highest minus lowest group figure): where, say,
 * business and IT disagree. Null where fewer than two groups have a figure, and for the spread
 * metric, whose differences mean nothing.
 */
export function groupDifferences(heatmap: Heatmap): (number | null)[] | null {
  if (heatmap.metric === "spread") return null;
  return heatmap.cells.map((row) => {
    const values = row.filter((value): value is number => value !== null);
    return values.length < 2 ? null : Math.round((Math.max(...values) - Math.min(...values)) * 100) / 100;
  });
}
