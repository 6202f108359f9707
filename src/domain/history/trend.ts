import type { Framework } from "../framework/framework-schema";
import { isSameFramework, type PublishedFigures } from "./published-figures";

// Levels across an organization's rounds, oldest first, per dimension and per category: the trend
// chart and its table. Rounds on another framework or version are left out (their scales differ).

export type PublishedRound = { roundId: string; name: string; closedAt: Date; figures: PublishedFigures };
export type TrendPoint = { roundId: string; roundName: string; current: number | null; target: number | null };
export type TrendSeries = { id: string; name: string; points: TrendPoint[] };
export type Trend = { rounds: { roundId: string; name: string; closedAt: Date }[]; dimensions: TrendSeries[]; categories: TrendSeries[]; leftOut: number };

export function buildTrend(framework: Framework, rounds: readonly PublishedRound[]): Trend {
  const comparable = rounds
    .filter((round) => isSameFramework(round.figures, { frameworkId: framework.id, frameworkVersion: framework.version }))
    .sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime());
  const point = (round: PublishedRound, levels: { current: number | null; target: number | null } | undefined): TrendPoint => ({
    roundId: round.roundId,
    roundName: round.name,
    current: levels?.current ?? null,
    target: levels?.target ?? null,
  });
  return {
    rounds: comparable.map(({ roundId, name, closedAt }) => ({ roundId, name, closedAt })),
    dimensions: framework.dimensions.map((dimension) => ({
      id: dimension.id,
      name: dimension.name,
      points: comparable.map((round) => point(round, round.figures.dimensions.find((entry) => entry.dimensionId === dimension.id))),
    })),
    categories: framework.categories.map((category) => ({
      id: category.id,
      name: category.name,
      points: comparable.map((round) => point(round, round.figures.categories.find((entry) => entry.categoryId === category.id))),
    })),
    leftOut: rounds.length - comparable.length,
  };
}
