import { describe, expect, it } from "vitest";

import { answerInput, isAnswered, roundInput } from "./inputs";

describe("round input", () => {
  it("accepts empty dates and rejects a closing date before the opening date", () => {
    expect(roundInput.parse({ name: "H2 2027", opensOn: "", closesOn: "", groups: [] })).toMatchObject({ opensOn: null, closesOn: null });
    expect(roundInput.safeParse({ name: "H2 2027", opensOn: "2027-07-10", closesOn: "2027-07-01", groups: [] }).success).toBe(false);
  });
});

describe("answer input", () => {
  const valid = { dimensionId: "extent", currentLevel: 2, currentDontKnow: false, targetLevel: 4, targetDontKnow: false, comment: "", evidenceUrl: "", revision: 1 };

  it("normalises empty comment and link to none", () => {
    expect(answerInput.parse(valid)).toMatchObject({ comment: null, evidenceUrl: null });
  });

  it.each([
    [{ currentLevel: 0 }, "currentLevel"],
    [{ currentLevel: 2.5 }, "currentLevel"],
    [{ targetLevel: 3, targetDontKnow: true }, "targetLevel"],
    [{ currentLevel: 5, targetLevel: 1 }, "comment"],
    [{ evidenceUrl: "ftp://files.example" }, "evidenceUrl"],
    [{ revision: 0 }, "revision"],
  ])("rejects %o at %s", (change, field) => {
    const result = answerInput.safeParse({ ...valid, ...change });
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("counts an answer once both sides are given, \"don't know\" included", () => {
    expect(isAnswered({ currentLevel: null, currentDontKnow: true, targetLevel: 3, targetDontKnow: false })).toBe(true);
    expect(isAnswered({ currentLevel: 2, currentDontKnow: false, targetLevel: null, targetDontKnow: false })).toBe(false);
  });
});
