import { describe, expect, it } from "vitest";

import { planGroupEdit } from "./group-edit";

const groups = ["Marketing", "IT", "Leadership"];
const counts = new Map([
  ["marketing", 4],
  ["it", 3],
  ["leadership", 0],
]);

function plan(input: Parameters<typeof planGroupEdit>[2]) {
  const result = planGroupEdit(groups, counts, input);
  if (!result.ok) throw new Error(result.problems.join(" / "));
  return result.plan;
}

describe("editing a round's groups", () => {
  it("keeps groups the edit does not mention, and adds new ones at the end", () => {
    const result = plan({ existing: [], added: ["Sales", " sales ", "", "it"] });
    expect(result.groups).toEqual(["Marketing", "IT", "Leadership", "Sales"]);
    expect(result.regroup("marketing")).toBe("Marketing");
  });

  it("renames a group: its participants follow the new name", () => {
    const result = plan({ existing: [{ from: "IT", to: "  Technology  " }], added: [] });
    expect(result.groups).toEqual(["Marketing", "Technology", "Leadership"]);
    expect(result.renames).toEqual([{ from: "IT", to: "Technology" }]);
    expect(result.regroup("IT")).toBe("Technology");
    expect(result.regroup("it")).toBe("Technology");
    expect(result.regroup(null)).toBeNull();
    expect(result.regroup("Finance")).toBe("Finance");
  });

  it("removes an empty group without asking, and a group with people only once told where they go", () => {
    expect(plan({ existing: [{ from: "Leadership", to: "" }], added: [] }).groups).toEqual(["Marketing", "IT"]);
    const refused = planGroupEdit(groups, counts, { existing: [{ from: "Marketing", to: "" }], added: [] });
    expect(refused).toEqual({ ok: false, problems: ["Marketing has 4 participants: choose where they go (another group, or no group) before removing it."] });
    const moved = plan({ existing: [{ from: "Marketing", to: "", moveTo: "IT" }], added: [] });
    expect(moved.removals).toEqual([{ from: "Marketing", moveTo: "IT", participants: 4 }]);
    expect(moved.regroup("Marketing")).toBe("IT");
    expect(plan({ existing: [{ from: "Marketing", to: "", moveTo: null }], added: [] }).regroup("Marketing")).toBeNull();
  });

  it("moves a removed group's people to the new name of a group renamed in the same edit", () => {
    const result = plan({ existing: [{ from: "Marketing", to: "", moveTo: "IT" }, { from: "IT", to: "Digital" }], added: [] });
    expect(result.groups).toEqual(["Digital", "Leadership"]);
    expect(result.regroup("Marketing")).toBe("Digital");
  });

  it("refuses two groups with one name, moves into a removed group, unknown groups and too many groups, naming each problem", () => {
    const result = planGroupEdit(groups, counts, {
      existing: [
        { from: "IT", to: "marketing" },
        { from: "Leadership", to: "", moveTo: "Finance" },
        { from: "Sales", to: "Retail" },
      ],
      added: [],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        '"Sales" is not one of this round\'s groups. Reload the page and try again.',
        'Two groups would be called "marketing". To merge them, remove one and move its participants to the other.',
        '"Finance" is not one of this round\'s groups.',
      ],
    });
    expect(planGroupEdit(groups, counts, { existing: [{ from: "Marketing", to: "", moveTo: "IT" }, { from: "IT", to: "", moveTo: null }], added: [] })).toEqual({
      ok: false,
      problems: ["Marketing's participants cannot move to IT: it is removed too."],
    });
    const many = planGroupEdit(groups, counts, { existing: [], added: Array.from({ length: 10 }, (_, index) => `Team ${index}`) });
    expect(many).toEqual({ ok: false, problems: ["List at most 12 participant groups."] });
    expect(planGroupEdit(groups, counts, { existing: [], added: ["x".repeat(41)] })).toMatchObject({ ok: false, problems: [expect.stringContaining("at most 40 characters")] });
  });
});
