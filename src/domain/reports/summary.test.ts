import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { tcsDataMaturity } from "../frameworks/tcs-data-maturity";
import { scoreRound, type Answer } from "../scoring/round-scoring";
import { buildSummary, nearestLevelName } from "./summary";

function answers(framework: typeof mpem | typeof tcsDataMaturity, levels: [number, number][], overrides: Record<string, [number, number][]> = {}): Answer[] {
  return levels.flatMap(([current, target], person) =>
    framework.dimensions.map((dimension) => {
      const own = overrides[dimension.id]?.[person] ?? [current, target];
      return { participantId: `p${person}`, group: null, dimensionId: dimension.id, currentLevel: own[0], targetLevel: own[1] };
    }),
  );
}

describe("the report's executive summary", () => {
  it("says where the organization stands, the largest gaps and the widest disagreement", () => {
    const scores = scoreRound(mpem, answers(mpem, [[2, 3], [2, 3], [2, 3]], { culture: [[1, 4], [1, 4], [4, 4]] }));
    const summary = buildSummary(mpem, scores);
    expect(summary.headline).toBe("Overall today 1.9 (Foundational), needed 3.1 (Intermediate): a gap of +1.2 levels, from 3 participants.");
    expect(summary.lines).toContain("Largest gaps: Culture (+3), Extent (+1), Channel reach (+1).");
    expect(summary.lines).toContain("Widest disagreement today: Culture (answers 3 levels apart).");
  });

  it("says nothing but why when too few have answered", () => {
    const summary = buildSummary(mpem, scoreRound(mpem, answers(mpem, [[2, 3]])));
    expect(summary).toEqual({ headline: "Not enough answers yet to summarize: every figure needs the answers of at least 3 people.", lines: [] });
  });

  it("names levels on the framework's own scale", () => {
    expect(nearestLevelName(tcsDataMaturity, 2.6)).toBe("Leading");
    expect(nearestLevelName(tcsDataMaturity, 9)).toBe("Leading");
    expect(nearestLevelName(mpem, null)).toBeNull();
  });
});
