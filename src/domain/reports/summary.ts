import type { Framework } from "../framework/framework-schema";
import { formatGap, formatLevel } from "../scoring/format";
import type { RoundScores } from "../scoring/round-scoring";

// The executive summary of a report: where the organization stands overall and by category, the
// largest gaps, where participants disagree most and the imbalance warning, in sentences. Built from
// the same scores as the results page, so it can say nothing the page withholds.

export type ReportSummary = { headline: string; lines: string[] };

export const LARGEST_GAPS_NAMED = 3;

/** The framework's level nearest to a (possibly fractional) level: 2.4 reads "Foundational". */
export function nearestLevelName(framework: Framework, value: number | null): string | null {
  if (value === null) return null;
  const rank = Math.min(framework.levels.length, Math.max(1, Math.round(value)));
  return framework.levels.find((level) => level.rank === rank)?.name ?? null;
}

function levelWithName(framework: Framework, value: number | null): string {
  const name = nearestLevelName(framework, value);
  return name ? `${formatLevel(value)} (${name})` : formatLevel(value);
}

export function buildSummary(framework: Framework, scores: RoundScores): ReportSummary {
  if (scores.withheld || scores.participantCount === 0 || scores.overall.current === null) {
    return { headline: "Not enough answers yet to summarize: every figure needs the answers of at least " + `${scores.minGroupSize} people.`, lines: [] };
  }
  const { overall } = scores;
  const headline = `Overall today ${levelWithName(framework, overall.current)}, needed ${levelWithName(framework, overall.target)}: a gap of ${formatGap(overall.gap)} levels, from ${scores.participantCount} participants.`;
  const lines = scores.categories.map((category) => `${category.name}: today ${formatLevel(category.current)}, needed ${formatLevel(category.target)} (${formatGap(category.gap)}).`);
  const gaps = scores.dimensions
    .filter((dimension) => dimension.gap !== null && dimension.gap > 0)
    .sort((a, b) => b.gap! - a.gap! || framework.dimensions.findIndex((d) => d.id === a.dimensionId) - framework.dimensions.findIndex((d) => d.id === b.dimensionId))
    .slice(0, LARGEST_GAPS_NAMED);
  if (gaps.length > 0) lines.push(`Largest gaps: ${gaps.map((dimension) => `${dimension.name} (${formatGap(dimension.gap)})`).join(", ")}.`);
  const widest = Math.max(0, ...scores.dimensions.map((dimension) => dimension.current.spread ?? 0));
  if (widest > 0) {
    const split = scores.dimensions.filter((dimension) => dimension.current.spread === widest);
    lines.push(`Widest disagreement today: ${split.map((dimension) => dimension.name).join(", ")} (answers ${widest} levels apart).`);
  }
  for (const imbalance of scores.imbalances) lines.push(`Imbalance: ${imbalance.name} is at ${formatLevel(imbalance.current)}, ${imbalance.direction} of the overall level ${formatLevel(imbalance.overall)}.`);
  return { headline, lines };
}
