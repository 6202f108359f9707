import type { Framework, FrameworkCategory, FrameworkDimension, FrameworkLevel } from "./framework-schema";

// Small lookups over framework data, used to show the model, score answers and build the
// questionnaire. Ids, never array positions, identify dimensions and levels.

export function getDimension(framework: Framework, dimensionId: string): FrameworkDimension | undefined {
  return framework.dimensions.find((dimension) => dimension.id === dimensionId);
}

export function getLevel(framework: Framework, levelId: string): FrameworkLevel | undefined {
  return framework.levels.find((level) => level.id === levelId);
}

export function getLevelByRank(framework: Framework, rank: number): FrameworkLevel | undefined {
  return framework.levels.find((level) => level.rank === rank);
}

/** The level above the given one, or undefined at the top. */
export function getNextLevel(framework: Framework, levelId: string): FrameworkLevel | undefined {
  const level = getLevel(framework, levelId);
  return level ? getLevelByRank(framework, level.rank + 1) : undefined;
}

export type CategoryWithDimensions = { category: FrameworkCategory; dimensions: FrameworkDimension[] };

/** Categories in framework order, each with its dimensions in framework order. */
export function getDimensionsByCategory(framework: Framework): CategoryWithDimensions[] {
  return framework.categories.map((category) => ({
    category,
    dimensions: framework.dimensions.filter((dimension) => dimension.categoryId === category.id),
  }));
}

/** A dimension's descriptor at a level (by rank), e.g. to show "what the next level looks like". */
export function getDescriptor(framework: Framework, dimensionId: string, rank: number): string | undefined {
  const level = getLevelByRank(framework, rank);
  return level ? getDimension(framework, dimensionId)?.descriptors[level.id] : undefined;
}

/** What a round stores of its framework so the database can check answers: its scale and dimension ids. */
export function frameworkScale(framework: Pick<Framework, "levels" | "dimensions">): { levelCount: number; dimensionIds: string[] } {
  return { levelCount: framework.levels.length, dimensionIds: framework.dimensions.map((dimension) => dimension.id) };
}
