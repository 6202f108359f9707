import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { scoreRound, type Answer } from "../scoring/round-scoring";
import { officialLevelsFrom, previousFindings, previousSelf, type PreviousResponse } from "./previous-findings";

const dimensionIds = mpem.dimensions.map((dimension) => dimension.id);

function answers(participantId: string, current: number, target: number, dimensions = dimensionIds): Answer[] {
  return dimensions.map((dimensionId) => ({ participantId, group: null, dimensionId, currentLevel: current, targetLevel: target }));
}

const own = (dimensionId: string, currentLevel: number | null, targetLevel: number | null): PreviousResponse => ({
  participantId: "p-ana",
  dimensionId,
  currentLevel,
  currentDontKnow: currentLevel === null,
  targetLevel,
  targetDontKnow: false,
  comment: null,
});

describe("the previous round's findings for one participant", () => {
  it("matches the same person by e-mail, ignoring case and spaces", () => {
    const previous = [
      { id: "p-ana", email: "ana@acme.test" },
      { id: "p-left", email: "left@acme.test" },
      { id: "p-none", email: null },
    ];
    expect(previousSelf({ id: "n-ana", email: " Ana@ACME.test " }, previous)?.id).toBe("p-ana");
    expect(previousSelf({ id: "n-new", email: "new@acme.test" }, previous)).toBeNull();
    expect(previousSelf({ id: "n-none", email: null }, previous)).toBeNull();
  });

  it("shows the participant's own answer and the round's median, per dimension", () => {
    const scores = scoreRound(mpem, [...answers("p-ana", 2, 3), ...answers("p-bo", 3, 4), ...answers("p-cy", 3, 5)]);
    const findings = previousFindings({ roundName: "H1 2026", dimensionIds, ownResponses: [own("extent", 2, 3), own("strategy", null, 4)], official: officialLevelsFrom(scores) });
    expect(findings.roundName).toBe("H1 2026");
    expect(findings.dimensions.extent).toEqual({
      own: { currentLevel: 2, currentDontKnow: false, targetLevel: 3, targetDontKnow: false, comment: null },
      official: { current: 3, target: 4, source: "median" },
    });
    expect(findings.dimensions.strategy?.own).toMatchObject({ currentLevel: null, currentDontKnow: true, targetLevel: 4 });
    expect(findings.dimensions.culture).toEqual({ own: null, official: { current: 3, target: 4, source: "median" } });
  });

  it("uses the consensus where the workshop recorded one", () => {
    const scores = scoreRound(mpem, [...answers("a", 2, 3), ...answers("b", 3, 4), ...answers("c", 3, 5)], { consensus: [{ dimensionId: "extent", currentLevel: 2, targetLevel: 4 }] });
    const findings = previousFindings({ roundName: "H1 2026", dimensionIds, ownResponses: [], official: officialLevelsFrom(scores) });
    expect(findings.dimensions.extent?.official).toEqual({ current: 2, target: 4, source: "consensus" });
  });

  it("gives a newcomer the round's result only, and leaves out dimensions with nothing to show", () => {
    const scores = scoreRound(mpem, [...answers("a", 2, 3, ["extent"]), ...answers("b", 3, 4, ["extent"]), ...answers("c", 3, 5, ["extent"])]);
    const findings = previousFindings({ roundName: "H1 2026", dimensionIds, ownResponses: [], official: officialLevelsFrom(scores) });
    expect(Object.keys(findings.dimensions)).toEqual(["extent"]);
    expect(findings.dimensions.extent?.own).toBeNull();
  });

  it("never shows a figure the results withhold: below the privacy minimum there is no round result", () => {
    // Two people answered "culture", three everything else; the round's minimum is three.
    const scores = scoreRound(mpem, [...answers("p-ana", 2, 3), ...answers("b", 3, 4), ...answers("c", 4, 4, dimensionIds.filter((id) => id !== "culture"))], { minGroupSize: 3 });
    const findings = previousFindings({ roundName: "H1 2026", dimensionIds, ownResponses: [own("culture", 2, 3)], official: officialLevelsFrom(scores) });
    expect(findings.dimensions.culture).toEqual({ own: expect.objectContaining({ currentLevel: 2 }), official: null });
    expect(findings.dimensions.extent?.official).toEqual({ current: 3, target: 4, source: "median" });

    const tooFew = scoreRound(mpem, [...answers("p-ana", 2, 3), ...answers("b", 3, 4)], { minGroupSize: 3 });
    const withheld = previousFindings({ roundName: "H1 2026", dimensionIds, ownResponses: [], official: officialLevelsFrom(tooFew) });
    expect(withheld.dimensions).toEqual({});
  });

  it("skips an answer the participant had left entirely open", () => {
    const open = { ...own("extent", null, null), currentDontKnow: false };
    const findings = previousFindings({ roundName: "H1 2026", dimensionIds, ownResponses: [open], official: new Map() });
    expect(findings.dimensions).toEqual({});
  });
});
