import { describe, expect, it } from "vitest";

import { emptyAnswer, isAnswered, mergeWithOutbox, needsComment, pruneOutbox } from "./answer-draft";

const at = (revision: number, currentLevel: number | null = 2) => ({ ...emptyAnswer, currentLevel, targetLevel: 4, revision });

describe("answers held in the browser", () => {
  it("prefers a newer unsent change over the server's copy, and the server's copy over an older one", () => {
    const merged = mergeWithOutbox({ extent: at(3, 1), scope: at(5, 1) }, { extent: at(4, 3), scope: at(2, 5), culture: at(1, 4) });
    expect(merged.extent?.currentLevel).toBe(3);
    expect(merged.scope?.currentLevel).toBe(1);
    expect(merged.culture?.currentLevel).toBe(4);
  });

  it("drops outbox entries the server already has", () => {
    expect(Object.keys(pruneOutbox({ extent: at(4) }, { extent: at(4), scope: at(1) }))).toEqual(["scope"]);
  });

  it("counts a dimension as answered once today and needed are both given, \"don't know\" included", () => {
    expect(isAnswered({ ...emptyAnswer, currentLevel: 2 })).toBe(false);
    expect(isAnswered({ ...emptyAnswer, currentDontKnow: true, targetLevel: 3 })).toBe(true);
    expect(isAnswered(undefined)).toBe(false);
  });

  it("asks for a comment only when the target is below today and none is given", () => {
    expect(needsComment({ ...emptyAnswer, currentLevel: 4, targetLevel: 2 })).toBe(true);
    expect(needsComment({ ...emptyAnswer, currentLevel: 4, targetLevel: 2, comment: "Scaling back" })).toBe(false);
    expect(needsComment({ ...emptyAnswer, currentLevel: 2, targetLevel: 4 })).toBe(false);
  });
});
