import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { medianOf, summarize } from "./level-stats";
import { scoreRound, type Answer } from "./round-scoring";

const allDimensions = mpem.dimensions.map((dimension) => dimension.id);

function answers(participantId: string, group: string | null, levels: Record<string, [number | null | undefined, number | null | undefined]>, comments: Record<string, string> = {}): Answer[] {
  return Object.entries(levels).map(([dimensionId, [currentLevel, targetLevel]]) => ({ participantId, group, dimensionId, currentLevel, targetLevel, comment: comments[dimensionId] ?? null }));
}

function everywhere(current: number | null, target: number | null): Record<string, [number | null, number | null]> {
  return Object.fromEntries(allDimensions.map((id) => [id, [current, target]]));
}

describe("level statistics", () => {
  it("takes the middle value, or the mean of the two middle values for an even count", () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBeNull();
  });

  it("counts \"don't know\" apart and ignores \"not answered\"", () => {
    expect(summarize([2, null, 4, undefined, 3, null])).toEqual({ count: 3, dontKnow: 2, median: 3, mean: 3, min: 2, max: 4, spread: 2 });
  });

  it("has no numbers when nobody gave a level", () => {
    expect(summarize([null, null])).toEqual({ count: 0, dontKnow: 2, median: null, mean: null, min: null, max: null, spread: null });
  });

  it("rounds the mean to two decimals", () => {
    expect(summarize([1, 2, 2]).mean).toBe(1.67);
  });
});

describe("round scores", () => {
  it("lists every dimension in model order, whatever order the answers came in", () => {
    const scores = scoreRound(mpem, [...answers("p1", "IT", everywhere(2, 4))].reverse());
    expect(scores.dimensions.map((dimension) => dimension.dimensionId)).toEqual(allDimensions);
  });

  it("scores a single participant as their own answers", () => {
    const scores = scoreRound(mpem, answers("p1", "IT", { extent: [2, 4] }));
    const extent = scores.dimensions[0]!;
    expect(extent.official).toEqual({ current: 2, target: 4, source: "median" });
    expect(extent.gap).toBe(2);
    expect(extent.nextLevel).toEqual({ rank: 3, name: "Intermediate", descriptor: mpem.dimensions[0]!.descriptors.intermediate });
    expect(scores.participantCount).toBe(1);
    expect(scores.dimensions[1]!.current).toMatchObject({ count: 0, median: null });
  });

  it("uses the median with an even count, and the next level above a fractional one", () => {
    const scores = scoreRound(mpem, [...answers("p1", "IT", { technology: [2, 4] }), ...answers("p2", "IT", { technology: [3, 5] })]);
    const technology = scores.dimensions.find((dimension) => dimension.dimensionId === "technology")!;
    expect(technology.official.current).toBe(2.5);
    expect(technology.official.target).toBe(4.5);
    expect(technology.gap).toBe(2);
    expect(technology.nextLevel?.rank).toBe(3);
    expect(technology.nextLevel?.descriptor).toBe("Personalization is part of some of the enterprise software such as WCM or email marketing.");
  });

  it("handles a round where everyone said \"don't know\"", () => {
    const scores = scoreRound(mpem, [...answers("p1", "IT", everywhere(null, null)), ...answers("p2", "IT", everywhere(null, null))]);
    for (const dimension of scores.dimensions) {
      expect(dimension.current).toMatchObject({ count: 0, dontKnow: 2, median: null });
      expect(dimension.gap).toBeNull();
      expect(dimension.nextLevel).toBeNull();
    }
    expect(scores.overall).toEqual({ current: null, target: null });
    expect(scores.categories.every((category) => category.current === null && category.gap === null)).toBe(true);
    expect(scores.imbalances).toEqual([]);
    expect(scores.participantCount).toBe(2);
  });

  it("has no next level at the top", () => {
    expect(scoreRound(mpem, answers("p1", null, { culture: [5, 5] })).dimensions.at(-1)!.nextLevel).toBeNull();
  });

  it("lets a recorded consensus override the median, field by field", () => {
    const scores = scoreRound(mpem, [...answers("p1", null, { scope: [1, 3] }), ...answers("p2", null, { scope: [3, 5] })], {
      consensus: [{ dimensionId: "scope", currentLevel: 3, targetLevel: null }],
    });
    const scope = scores.dimensions.find((dimension) => dimension.dimensionId === "scope")!;
    expect(scope.official).toEqual({ current: 3, target: 4, source: "consensus" });
    expect(scope.gap).toBe(1);
  });

  it("averages each category's dimensions and all dimensions overall", () => {
    const scores = scoreRound(mpem, answers("p1", null, { extent: [1, 3], "channel-reach": [2, 3], "accuracy-and-learnability": [2, 4], scope: [3, 3], culture: [4, 5] }));
    expect(scores.categories.find((category) => category.categoryId === "functional")).toMatchObject({ current: 2, target: 3.25, gap: 1.25 });
    expect(scores.categories.find((category) => category.categoryId === "organizational")).toMatchObject({ current: null, target: null, gap: null });
    expect(scores.categories.find((category) => category.categoryId === "people")).toMatchObject({ current: 4, target: 5 });
    expect(scores.overall).toEqual({ current: 2.4, target: 3.6 });
  });

  it("flags MPEM's imbalance: technology at 5 while the rest sit at 1 or 2", () => {
    const levels = { ...everywhere(1, 3), technology: [5, 5] as [number, number], strategy: [2, 3] as [number, number] };
    const scores = scoreRound(mpem, answers("p1", null, levels));
    expect(scores.imbalances).toEqual([{ dimensionId: "technology", name: "Technology", current: 5, overall: 1.45, direction: "ahead" }]);
  });

  it("flags a dimension far behind the rest", () => {
    const scores = scoreRound(mpem, answers("p1", null, { ...everywhere(4, 5), culture: [1, 3] as [number, number] }));
    expect(scores.imbalances.map((imbalance) => [imbalance.dimensionId, imbalance.direction])).toEqual([["culture", "behind"]]);
  });

  it("splits by group, listing every dimension even where a group gave no answer", () => {
    const scores = scoreRound(mpem, [
      ...answers("m1", "Marketing", { technology: [1, 3] }),
      ...answers("m2", "Marketing", { technology: [2, 4] }),
      ...answers("i1", "IT", { technology: [4, 5], extent: [2, 3] }),
      ...answers("x1", null, { technology: [3, 3] }),
    ]);
    expect(scores.groups.map((group) => [group.group, group.participantCount])).toEqual([
      ["IT", 1],
      ["Marketing", 2],
    ]);
    const marketing = scores.groups[1]!;
    expect(marketing.dimensions).toHaveLength(11);
    expect(marketing.dimensions.find((entry) => entry.dimensionId === "technology")!.current.median).toBe(1.5);
    expect(marketing.dimensions.find((entry) => entry.dimensionId === "extent")!.current).toMatchObject({ count: 0, median: null });
    expect(scores.participantCount).toBe(4);
  });

  it("leaves out sides not answered yet, and participants who answered nothing", () => {
    const scores = scoreRound(mpem, [...answers("p1", null, { extent: [2, undefined] }), ...answers("p2", null, { extent: [undefined, undefined] })]);
    expect(scores.dimensions[0]!.current).toMatchObject({ count: 1, dontKnow: 0 });
    expect(scores.dimensions[0]!.target).toMatchObject({ count: 0, dontKnow: 0 });
    expect(scores.participantCount).toBe(1);
  });

  it("lists non-empty comments, trimmed, with the participant's group", () => {
    const scores = scoreRound(mpem, [
      ...answers("p1", "IT", { culture: [2, 3] }, { culture: "  Silos everywhere.  " }),
      ...answers("p2", "IT", { culture: [2, 3] }, { culture: "   " }),
    ]);
    expect(scores.dimensions.at(-1)!.comments).toEqual([{ participantId: "p1", group: "IT", text: "Silos everywhere." }]);
  });
});
