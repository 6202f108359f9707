import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { buildAnswerRows, type StoredAnswer } from "./answer-rows";

const answer = (participantId: string, group: string | null, dimensionId: string, currentLevel: number | null | undefined, comment: string | null = null): StoredAnswer => ({
  participantId,
  group,
  dimensionId,
  currentLevel,
  targetLevel: 4,
  comment,
  evidenceUrl: null,
});

describe("answer rows for the workbook and the CSV", () => {
  it("name a group only where the results show it on its own, and fold the rest as the results do", () => {
    const answers = [
      ...["m1", "m2", "m3"].map((id) => answer(id, "Marketing", "extent", 2)),
      ...["i1", "i2", "i3"].map((id) => answer(id, "IT", "extent", 3)),
      ...["l1", "l2"].map((id) => answer(id, "Leadership", "extent", 4)),
      answer("s1", "Sales", "extent", 1),
    ];
    const rows = buildAnswerRows(mpem, answers, { groupOrder: ["Marketing", "IT", "Leadership", "Sales"], minGroupSize: 3 });
    expect(rows.map((row) => [row.group, row.today])).toEqual([
      ["IT", 3],
      ["IT", 3],
      ["IT", 3],
      ["Marketing", 2],
      ["Marketing", 2],
      ["Marketing", 2],
      ["Other", 1],
      ["Other", 4],
      ["Other", 4],
    ]);
  });

  it("show no group at all when the results show no split", () => {
    const rows = buildAnswerRows(mpem, ["a", "b", "c"].map((id) => answer(id, id === "a" ? "IT" : "Marketing", "extent", 2)), { groupOrder: [], minGroupSize: 3 });
    expect(rows.every((row) => row.group === "")).toBe(true);
  });

  it("are ordered by dimension and content, never by who answered, and carry no one's identity", () => {
    const answers = [answer("person-zed", null, "culture", 1, "b"), answer("person-amy", null, "extent", 3, "z"), answer("person-bob", null, "extent", 3, "a"), answer("person-cat", null, "extent", 1), answer("person-dan", null, "extent", undefined)];
    const rows = buildAnswerRows(mpem, answers, { groupOrder: [], minGroupSize: 3 });
    expect(rows.map((row) => [row.dimension, row.today, row.comment])).toEqual([
      // Today not given (only the needed level): first.
      ["Extent", null, ""],
      ["Extent", 1, ""],
      ["Extent", 3, "a"],
      ["Extent", 3, "z"],
      ["Culture", 1, "b"],
    ]);
    expect(JSON.stringify(rows)).not.toContain("person-");
  });

  it("keep \"don't know\" apart from a level, and leave out dimensions the model does not have", () => {
    const rows = buildAnswerRows(mpem, [answer("a", null, "extent", null), answer("a", null, "retired-dimension", 3)], { groupOrder: [], minGroupSize: 3 });
    expect(rows).toEqual([{ dimension: "Extent", category: "Functional effectiveness", group: "", today: null, todayDontKnow: true, needed: 4, neededDontKnow: false, comment: "", evidenceUrl: "" }]);
  });
});
