import { describe, expect, it } from "vitest";

import type { OwnPreviousAnswer } from "@/domain/history/previous-findings";

import { emptyAnswer } from "./answer-draft";
import { canConfirm, followUpStatus, levelText, unchangedAnswer } from "./previous-answer-rules";

const own = (currentLevel: number | null, targetLevel: number | null, comment: string | null = null): OwnPreviousAnswer => ({
  currentLevel,
  currentDontKnow: currentLevel === null,
  targetLevel,
  targetDontKnow: false,
  comment,
});
const official = { current: 2.5, target: 3, source: "median" as const };

describe("confirming last time's answer", () => {
  it("'Unchanged' sets today and needed to last time's levels, don't know included, and leaves the comment alone", () => {
    expect(unchangedAnswer(own(2, 3, "old note"), { ...emptyAnswer, comment: "typed now" })).toEqual({ currentLevel: 2, currentDontKnow: false, targetLevel: 3, targetDontKnow: false });
    expect(unchangedAnswer(own(null, 4), undefined)).toEqual({ currentLevel: null, currentDontKnow: true, targetLevel: 4, targetDontKnow: false });
  });

  it("brings last time's reason along for a target below today's level, unless a reason is typed", () => {
    expect(unchangedAnswer(own(4, 3, "We over-invested"), undefined)).toMatchObject({ comment: "We over-invested" });
    expect(unchangedAnswer(own(4, 3, "We over-invested"), { ...emptyAnswer, comment: "New reason" })).not.toHaveProperty("comment");
  });

  it("knows which dimensions are still to confirm, unchanged or changed; newcomers just answer", () => {
    const finding = { own: own(2, 3), official };
    expect(followUpStatus(finding, undefined)).toBe("to-confirm");
    expect(followUpStatus(finding, { ...emptyAnswer, currentLevel: 2 })).toBe("to-confirm");
    expect(followUpStatus(finding, { ...emptyAnswer, currentLevel: 2, targetLevel: 3 })).toBe("unchanged");
    expect(followUpStatus(finding, { ...emptyAnswer, currentLevel: 3, targetLevel: 3 })).toBe("changed");
    expect(followUpStatus(finding, { ...emptyAnswer, currentDontKnow: true, targetLevel: 3 })).toBe("changed");
    expect(followUpStatus({ own: null, official }, undefined)).toBe("to-answer");
    expect(followUpStatus({ own: null, official }, { ...emptyAnswer, currentLevel: 1, targetLevel: 2 })).toBe("answered");
    expect(canConfirm({ own: null, official })).toBe(false);
    expect(canConfirm(undefined)).toBe(false);
  });

  it("reads levels as people say them", () => {
    const levels = [{ rank: 2, name: "Foundational" }];
    expect(levelText(2, false, levels)).toBe("2 · Foundational");
    expect(levelText(2.5, false, levels)).toBe("2.5");
    expect(levelText(null, true, levels)).toBe("don't know");
    expect(levelText(null, false, levels)).toBe("—");
  });
});
