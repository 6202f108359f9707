import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { scoreRound, type Answer } from "../scoring/round-scoring";
import { parsePublishedFigures, toPublishedFigures } from "./published-figures";

function people(group: string | null, levels: number[], prefix: string): Answer[] {
  return levels.flatMap((level, index) =>
    mpem.dimensions.map((dimension) => ({ participantId: `${prefix}${index}`, group, dimensionId: dimension.id, currentLevel: level, targetLevel: Math.min(5, level + 1) })),
  );
}

describe("published figures", () => {
  it("carry the official levels and spreads, and only the groups the results show (small ones folded)", () => {
    const answers = [...people("Marketing", [2, 2, 3], "m"), ...people("IT", [4, 4, 4], "i"), ...people("Legal", [1], "l"), ...people("HR", [5], "h")];
    const scores = scoreRound(mpem, answers, { minGroupSize: 3, groupOrder: ["Marketing", "IT", "Legal", "HR"] });
    const figures = toPublishedFigures(mpem, scores);
    expect(figures).toMatchObject({ schemaVersion: 1, frameworkId: "mpem", frameworkVersion: "1.0", participantCount: 8, minGroupSize: 3 });
    expect(figures.dimensions).toHaveLength(mpem.dimensions.length);
    expect(figures.dimensions[0]).toEqual({ dimensionId: mpem.dimensions[0]!.id, current: 3.5, target: 4.5, source: "median", currentSpread: 4, targetSpread: 3, answers: 8, dontKnow: 0 });
    // Legal (1) and HR (1) are too small: "Other" holds 2, still too small, so IT (3, the last of the smallest) joins it.
    expect(figures.groups.map((group) => [group.group, group.participantCount, group.folded])).toEqual([
      ["Marketing", 3, []],
      ["Other", 5, ["IT", "Legal", "HR"]],
    ]);
    expect(parsePublishedFigures(JSON.parse(JSON.stringify(figures)))).toEqual(figures);
  });

  it("publish no level when fewer people answered than the round's minimum", () => {
    const figures = toPublishedFigures(mpem, scoreRound(mpem, people("IT", [2, 3], "p"), { minGroupSize: 3 }));
    expect(figures.participantCount).toBe(2);
    expect(figures.dimensions.every((dimension) => dimension.current === null && dimension.target === null && dimension.currentSpread === null)).toBe(true);
    expect(figures.overall).toEqual({ current: null, target: null });
    expect(figures.groups).toEqual([]);
  });

  it("refuse a stored document of another schema version", () => {
    const figures = toPublishedFigures(mpem, scoreRound(mpem, people("IT", [2, 3, 3], "p")));
    expect(() => parsePublishedFigures({ ...figures, schemaVersion: 2 })).toThrow();
  });
});
