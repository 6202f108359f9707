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
  participantCount: number;
  dimensions: { dimensionId: string; current: number | null; target: number | null; currentSpread: number | null }[];
};

export type PublishedFigures = {
  schemaVersion: typeof PUBLISHED_FIGURES_SCHEMA_VERSION;
  frameworkId: string;
  frameworkVersion: string;
  participantCount: number;
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
