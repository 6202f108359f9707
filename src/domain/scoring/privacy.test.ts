import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { bucketParticipants, canonicalGroup, type Member } from "./group-buckets";
import { scoreRound, type Answer } from "./round-scoring";

// Nothing on a results page may let a reader work out one person's answers.

const dimensionIds = mpem.dimensions.map((dimension) => dimension.id);

function person(participantId: string, group: string | null, current: number | null, target: number | null, comment?: string): Answer[] {
  return dimensionIds.map((dimensionId) => ({ participantId, group, dimensionId, currentLevel: current, targetLevel: target, comment: dimensionId === "culture" ? comment : undefined }));
}

const people = (group: string | null, count: number, level: number, prefix = group ?? "none") =>
  Array.from({ length: count }, (_, index) => person(`${prefix}-${index}`, group, level, level + 1)).flat();

const extent = (scores: ReturnType<typeof scoreRound>) => scores.dimensions.find((dimension) => dimension.dimensionId === "extent")!;

describe("the minimum number of answers behind a figure", () => {
  it("withholds every figure of a round with fewer than three participants, comments included", () => {
    const scores = scoreRound(mpem, [...person("ana", "IT", 2, 4, "We lack data."), ...person("ben", "IT", 3, 5)]);
    expect(scores.withheld).toBe(true);
    expect(scores.minGroupSize).toBe(3);
    expect(extent(scores).current).toMatchObject({ count: 2, median: null, min: null, max: null, spread: null, withheld: true });
    expect(extent(scores).official).toMatchObject({ current: null, target: null });
    expect(scores.dimensions.flatMap((dimension) => dimension.comments)).toEqual([]);
    expect(scores.categories.every((category) => category.current === null && category.gap === null)).toBe(true);
    expect(scores.overall.current).toBeNull();
    expect(scores.groups).toEqual([]);
  });

  it("shows a round from three participants on", () => {
    const scores = scoreRound(mpem, [...person("a", null, 1, 2), ...person("b", null, 2, 3), ...person("c", null, 4, 5)]);
    expect(scores.withheld).toBe(false);
    expect(extent(scores).current).toMatchObject({ count: 3, median: 2, min: 1, max: 4, withheld: false });
  });

  it("withholds a dimension only two people gave a level for, and leaves it out of category and overall levels", () => {
    const answers = [...people(null, 3, 3), { participantId: "late-1", group: null, dimensionId: "extent", currentLevel: 1, targetLevel: 5 }];
    // Four people; "don't know" leaves scope with one level today.
    const withDontKnow = answers.map((answer) => (answer.dimensionId === "scope" && answer.participantId !== "none-0" ? { ...answer, currentLevel: null } : answer));
    const scores = scoreRound(mpem, withDontKnow);
    const scope = scores.dimensions.find((dimension) => dimension.dimensionId === "scope")!;
    expect(scope.current).toMatchObject({ count: 1, dontKnow: 2, median: null, withheld: true });
    expect(scope.official.current).toBeNull();
    expect(scores.categories.find((category) => category.categoryId === "functional")).toMatchObject({ dimensionsCounted: 3, dimensionsTotal: 4 });
  });

  it("honours a round's own, higher minimum", () => {
    const answers = [...people("IT", 4, 2), ...people("HR", 5, 3)];
    const scores = scoreRound(mpem, answers, { minGroupSize: 5, groupOrder: ["IT", "HR"] });
    expect(scores.withheld).toBe(false);
    // IT (4) is below five: folded into Other, which is then too small, so HR joins it: no split.
    expect(scores.groups).toEqual([]);
    expect(scoreRound(mpem, answers, { minGroupSize: 4, groupOrder: ["IT", "HR"] }).groups.map((group) => group.label)).toEqual(["IT", "HR"]);
  });
});

describe("the group split", () => {
  it("folds groups of one or two into Other and never shows their figures", () => {
    const answers = [...people("Marketing", 4, 2), ...people("IT", 3, 3), ...people("Leadership", 2, 5), ...people(null, 1, 1)];
    const scores = scoreRound(mpem, answers, { groupOrder: ["Marketing", "IT", "Leadership"] });
    expect(scores.groups.map((group) => [group.label, group.kind, group.participantCount, group.folded])).toEqual([
      ["Marketing", "group", 4, []],
      ["IT", "group", 3, []],
      ["Other", "other", 3, ["Leadership", "No group"]],
    ]);
    // Leadership's exact level (5) appears nowhere: Other's median mixes it with the ungrouped 1.
    const other = scores.groups[2]!.dimensions.find((cell) => cell.dimensionId === "extent")!;
    expect(other.current).toMatchObject({ count: 3, median: 5 });
    expect(scores.groups.some((group) => group.label === "Leadership")).toBe(false);
  });

  it("folds the smallest shown group too when Other would otherwise hold one or two people, so nobody can subtract", () => {
    const answers = [...people("Marketing", 5, 2), ...people("IT", 3, 3), ...people("Leadership", 1, 5)];
    const scores = scoreRound(mpem, answers, { groupOrder: ["Marketing", "IT", "Leadership"] });
    expect(scores.groups.map((group) => [group.label, group.participantCount, group.folded])).toEqual([
      ["Marketing", 5, []],
      ["Other", 4, ["IT", "Leadership"]],
    ]);
  });

  it("withholds a group's figure for a dimension fewer than the minimum answered", () => {
    const answers = [...people("Marketing", 3, 2), ...people("IT", 3, 3)].filter(
      (answer) => !(answer.dimensionId === "extent" && answer.participantId === "IT-0"),
    );
    const scores = scoreRound(mpem, answers, { groupOrder: ["Marketing", "IT"] });
    const itExtent = scores.groups.find((group) => group.label === "IT")!.dimensions.find((cell) => cell.dimensionId === "extent")!;
    expect(itExtent).toMatchObject({ respondents: 2, current: { count: 2, median: null, withheld: true }, target: { median: null, withheld: true } });
  });

  it("shows a comment's group only when that group is shown on its own", () => {
    const answers = [
      ...people("Marketing", 3, 2),
      ...people("IT", 3, 3),
      ...person("lee", "Leadership", 4, 5, "Budget is the blocker."),
      ...person("mo", "Marketing", 4, 5, "Campaign tools are fine."),
    ];
    const scores = scoreRound(mpem, answers, { groupOrder: ["Marketing", "IT", "Leadership"] });
    const culture = scores.dimensions.find((dimension) => dimension.dimensionId === "culture")!;
    expect(culture.comments).toEqual([
      { group: null, text: "Budget is the blocker." },
      { group: "Marketing", text: "Campaign tools are fine." },
    ]);
  });

  it("always partitions everyone into groups of at least the minimum, or shows no split (any mix of group sizes)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 500; trial += 1) {
      const minSize = 3 + Math.floor(random() * 3);
      const groupCount = 1 + Math.floor(random() * 5);
      const members: Member[] = [];
      for (let index = 0; index < Math.floor(random() * 25); index += 1) {
        const pick = Math.floor(random() * (groupCount + 1));
        members.push({ participantId: `p${index}`, group: pick === groupCount ? null : `G${pick}` });
      }
      const buckets = bucketParticipants(members, { order: ["G0", "G1", "G2", "G3", "G4"], minSize });
      if (buckets.length === 0) {
        expect(members.length).toBeLessThan(minSize);
        continue;
      }
      for (const bucket of buckets) expect(bucket.participantIds.size).toBeGreaterThanOrEqual(minSize);
      const covered = buckets.flatMap((bucket) => [...bucket.participantIds]);
      expect(new Set(covered).size).toBe(covered.length);
      expect(covered.sort()).toEqual(members.map((member) => member.participantId).sort());
    }
  });
});

describe("group names", () => {
  it("match the round's groups case-insensitively and keep the round's spelling", () => {
    expect(canonicalGroup("marketing ", ["Marketing", "IT"])).toBe("Marketing");
    expect(canonicalGroup("it", ["Marketing", "IT"])).toBe("IT");
    expect(canonicalGroup("Sales", ["Marketing"])).toBe("Sales");
    expect(canonicalGroup("  ", ["Marketing"])).toBeNull();
  });

  it("calls the folded bucket \"Other groups\" when the round has a group called Other", () => {
    const buckets = bucketParticipants(
      [..."abc"].map((id) => ({ participantId: id, group: "Other" })).concat([{ participantId: "d", group: "IT" }, { participantId: "e", group: "HR" }, { participantId: "f", group: "HR" }]),
      { order: ["Other", "IT", "HR"], minSize: 3 },
    );
    expect(buckets.map((bucket) => bucket.label)).toEqual(["Other", "Other groups"]);
  });
});
