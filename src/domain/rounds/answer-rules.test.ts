import { describe, expect, it } from "vitest";

import { levelScaleProblem } from "./answer-rules";

describe("levelScaleProblem", () => {
  it("accepts levels on the round's scale, and no level at all", () => {
    expect(levelScaleProblem({ currentLevel: 1, targetLevel: 3 }, 3)).toBeNull();
    expect(levelScaleProblem({ currentLevel: null, targetLevel: null }, 3)).toBeNull();
    expect(levelScaleProblem({ currentLevel: 5, targetLevel: 5 }, 5)).toBeNull();
  });

  it("names the level and the scale, and the field it is in", () => {
    expect(levelScaleProblem({ currentLevel: 5, targetLevel: 2 }, 3)).toEqual({ field: "currentLevel", message: "Level 5 is not on this framework's scale of 1–3." });
    expect(levelScaleProblem({ currentLevel: 2, targetLevel: 4 }, 3)).toEqual({ field: "targetLevel", message: "Level 4 is not on this framework's scale of 1–3." });
    expect(levelScaleProblem({ currentLevel: 0, targetLevel: 1 }, 4)).toEqual({ field: "currentLevel", message: "Level 0 is not on this framework's scale of 1–4." });
  });
});
