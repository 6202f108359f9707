import type { Framework } from "../framework/framework-schema";
import { compareRounds, summarizeChanges, type ComparisonSummary, type Direction } from "../history/comparison";
import { isSameFramework, officialLevels, type PublishedFigures } from "../history/published-figures";
import { imbalanceOf } from "../scoring/round-scoring";

// The one screen an executive reads in thirty seconds: where the organization stands overall and by
// category, today and needed; the three largest gaps; where participants disagree most; what moved
// since the previous round; and MPEM's imbalance warning. Built only from a round's published figures
// (or, for an open round, the same shape built from its live scores), so it can show nothing the
// results page withholds.

export type SummaryLevels = { current: number | null; target: number | null; gap: number | null };
export type NamedLevels = SummaryLevels & { id: string; name: string; shortName: string };
export type DimensionGap = { dimensionId: string; name: string; current: number; target: number; gap: number };
export type Disagreement = { spread: number; dimensions: { dimensionId: string; name: string }[] };
export type Move = { dimensionId: string; name: string; change: number; direction: Direction };

export type SinceLast =
  | { comparable: false; previousName: string }
  | ({ comparable: true; previousName: string; moves: Move[] } & ComparisonSummary);

export type ExecutiveSummary = {
  /** Nothing to summarize: no figures, or too few answers to show any (the privacy minimum). */
  empty: boolean;
  overall: SummaryLevels & { currentName: string | null; targetName: string | null };
  categories: NamedLevels[];
  largestGaps: DimensionGap[];
  /** Null when no dimension has a spread above 0 that may be shown. */
  disagreement: Disagreement | null;
  /** Null when there is no previous round with published figures. */
  sinceLast: SinceLast | null;
  imbalances: { dimensionId: string; name: string; current: number; direction: "ahead" | "behind" }[];
};

export const LARGEST_GAPS_SHOWN = 3;
export const MOVES_SHOWN = 3;
/** Tied dimensions named in the disagreement line; the rest are counted, to keep it one line. */
export const DISAGREEMENT_NAMES_SHOWN = 2;

const round2 = (value: number) => Math.round(value * 100) / 100;
const gapOf = (current: number | null, target: number | null) => (current === null || target === null ? null : round2(target - current));

/** The framework's level nearest to a (possibly fractional) level, for "2.4 (Foundational)". */
export function nearestLevelName(framework: Framework, value: number | null): string | null {
  if (value === null) return null;
  const rank = Math.min(framework.levels.length, Math.max(1, Math.round(value)));
  return framework.levels.find((level) => level.rank === rank)?.name ?? null;
}

export function buildExecutiveSummary(framework: Framework, figures: PublishedFigures, previous: { name: string; figures: PublishedFigures } | null): ExecutiveSummary {
  const nameOf = new Map(framework.dimensions.map((dimension) => [dimension.id, dimension.name]));
  const order = new Map(framework.dimensions.map((dimension, index) => [dimension.id, index]));
  const byFrameworkOrder = (a: { dimensionId: string }, b: { dimensionId: string }) => order.get(a.dimensionId)! - order.get(b.dimensionId)!;
  const dimensions = figures.dimensions.filter((dimension) => nameOf.has(dimension.dimensionId));

  const categories = framework.categories.map((category) => {
    const levels = figures.categories.find((entry) => entry.categoryId === category.id);
    const current = levels?.current ?? null;
    const target = levels?.target ?? null;
    return { id: category.id, name: category.name, shortName: category.shortName, current, target, gap: gapOf(current, target) };
  });

  const largestGaps = dimensions
    .map((dimension) => ({ dimensionId: dimension.dimensionId, name: nameOf.get(dimension.dimensionId)!, current: dimension.current, target: dimension.target, gap: gapOf(dimension.current, dimension.target) }))
    .filter((entry): entry is DimensionGap => entry.gap !== null && entry.gap > 0)
    .sort((a, b) => b.gap - a.gap || byFrameworkOrder(a, b))
    .slice(0, LARGEST_GAPS_SHOWN);

  const widest = Math.max(0, ...dimensions.map((dimension) => dimension.currentSpread ?? 0));
  const disagreement: Disagreement | null =
    widest > 0
      ? {
          spread: widest,
          dimensions: dimensions
            .filter((dimension) => dimension.currentSpread === widest)
            .sort(byFrameworkOrder)
            .map((dimension) => ({ dimensionId: dimension.dimensionId, name: nameOf.get(dimension.dimensionId)! })),
        }
      : null;

  const overallCurrent = figures.overall.current;
  const imbalances = dimensions.flatMap((dimension) => {
    const direction = imbalanceOf(dimension.current, overallCurrent, framework.scoring.imbalanceThreshold);
    return direction && dimension.current !== null ? [{ dimensionId: dimension.dimensionId, name: nameOf.get(dimension.dimensionId)!, current: dimension.current, direction }] : [];
  });

  return {
    empty: overallCurrent === null && dimensions.every((dimension) => dimension.current === null && dimension.target === null),
    overall: {
      current: overallCurrent,
      target: figures.overall.target,
      gap: gapOf(overallCurrent, figures.overall.target),
      currentName: nearestLevelName(framework, overallCurrent),
      targetName: nearestLevelName(framework, figures.overall.target),
    },
    categories,
    largestGaps,
    disagreement,
    sinceLast: previous ? sinceLast(framework, figures, previous, nameOf, byFrameworkOrder) : null,
    imbalances,
  };
}

function sinceLast(
  framework: Framework,
  figures: PublishedFigures,
  previous: { name: string; figures: PublishedFigures },
  nameOf: ReadonlyMap<string, string>,
  byFrameworkOrder: (a: { dimensionId: string }, b: { dimensionId: string }) => number,
): SinceLast {
  // A level on another framework or version is on another scale: no arrows between them.
  if (!isSameFramework(figures, previous.figures)) return { comparable: false, previousName: previous.name };
  const changes = compareRounds(
    framework.dimensions.map((dimension) => dimension.id),
    officialLevels(previous.figures),
    officialLevels(figures),
  );
  const moves = changes
    .filter((change) => change.currentChange !== null && change.currentChange !== 0)
    .map((change) => ({ dimensionId: change.dimensionId, name: nameOf.get(change.dimensionId)!, change: change.currentChange!, direction: change.direction! }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || byFrameworkOrder(a, b))
    .slice(0, MOVES_SHOWN);
  return { comparable: true, previousName: previous.name, moves, ...summarizeChanges(changes) };
}
