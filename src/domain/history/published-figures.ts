import { z } from "zod";

import type { RoundScores } from "../scoring/round-scoring";
import type { FiguresByDimension, LevelPair } from "./comparison";

// The figures a round publishes when it closes, stored with the framework id and version it was run
// on. History, trends, heatmaps and comparisons read these, never recomputed answers, so a published
// level does not shift when the scoring code or the model text changes later. Reopening a round
// withdraws them; closing it again publishes afresh.

export const PUBLISHED_FIGURES_SCHEMA_VERSION = 1;

export type PublishedDimension = {
  dimensionId: string;
  /** The official levels: the consensus where one was recorded, else the median. */
  current: number | null;
  target: number | null;
  source: "consensus" | "median";
  currentSpread: number | null;
  targetSpread: number | null;
  /** Answers with a level for today, and "don't know" answers for today. */
  answers: number;
  dontKnow: number;
};

/** Only groups large enough to publish (smaller ones are folded or hidden before this point). */
export type PublishedGroup = {
  group: string;
  /** For the "Other" bucket: the groups folded into it; empty for a group shown on its own. */
  folded: string[];
  participantCount: number;
  dimensions: { dimensionId: string; current: number | null; target: number | null; currentSpread: number | null }[];
};

export type PublishedFigures = {
  schemaVersion: typeof PUBLISHED_FIGURES_SCHEMA_VERSION;
  frameworkId: string;
  frameworkVersion: string;
  participantCount: number;
  /** The round's privacy minimum when it was published: no figure here rests on fewer answers. */
  minGroupSize: number;
  overall: LevelPair;
  categories: { categoryId: string; current: number | null; target: number | null }[];
  dimensions: PublishedDimension[];
  groups: PublishedGroup[];
};

export function officialLevels(figures: PublishedFigures): FiguresByDimension {
  return new Map(figures.dimensions.map((dimension) => [dimension.dimensionId, { current: dimension.current, target: dimension.target }]));
}

/** Trends and comparisons only join rounds run on the same framework id and version. */
export function isSameFramework(a: Pick<PublishedFigures, "frameworkId" | "frameworkVersion">, b: Pick<PublishedFigures, "frameworkId" | "frameworkVersion">): boolean {
  return a.frameworkId === b.frameworkId && a.frameworkVersion === b.frameworkVersion;
}

/**
 * What a round publishes, taken from the scores the results page shows. Withheld statistics are
 * already null in `scores` (the round's minimum applied), and `scores.groups` holds only the
 * privacy-folded groups, so nothing the results page hides can reach history or heatmaps.
 */
export function toPublishedFigures(framework: { id: string; version: string }, scores: RoundScores): PublishedFigures {
  return {
    schemaVersion: PUBLISHED_FIGURES_SCHEMA_VERSION,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    participantCount: scores.participantCount,
    minGroupSize: scores.minGroupSize,
    overall: { current: scores.overall.current, target: scores.overall.target },
    categories: scores.categories.map(({ categoryId, current, target }) => ({ categoryId, current, target })),
    dimensions: scores.dimensions.map((dimension) => ({
      dimensionId: dimension.dimensionId,
      current: dimension.official.current,
      target: dimension.official.target,
      source: dimension.official.source,
      currentSpread: dimension.current.spread,
      targetSpread: dimension.target.spread,
      answers: dimension.current.count,
      dontKnow: dimension.current.dontKnow,
    })),
    groups: scores.groups.map((group) => ({
      group: group.label,
      folded: group.folded,
      participantCount: group.participantCount,
      dimensions: group.dimensions.map((cell) => ({ dimensionId: cell.dimensionId, current: cell.current.median, target: cell.target.median, currentSpread: cell.current.spread })),
    })),
  };
}

const level = z.number().nullable();
const publishedFiguresSchema = z.object({
  schemaVersion: z.literal(PUBLISHED_FIGURES_SCHEMA_VERSION),
  frameworkId: z.string(),
  frameworkVersion: z.string(),
  participantCount: z.number().int().nonnegative(),
  minGroupSize: z.number().int().positive(),
  overall: z.object({ current: level, target: level }),
  categories: z.array(z.object({ categoryId: z.string(), current: level, target: level })),
  dimensions: z.array(
    z.object({
      dimensionId: z.string(),
      current: level,
      target: level,
      source: z.enum(["consensus", "median"]),
      currentSpread: level,
      targetSpread: level,
      answers: z.number().int().nonnegative(),
      dontKnow: z.number().int().nonnegative(),
    }),
  ),
  groups: z.array(
    z.object({
      group: z.string(),
      folded: z.array(z.string()),
      participantCount: z.number().int().nonnegative(),
      dimensions: z.array(z.object({ dimensionId: z.string(), current: level, target: level, currentSpread: level })),
    }),
  ),
});

/** Stored figures as read back: a document of another schema version is an error, not a guess. */
export function parsePublishedFigures(stored: unknown): PublishedFigures {
  return publishedFiguresSchema.parse(stored) as PublishedFigures;
}
