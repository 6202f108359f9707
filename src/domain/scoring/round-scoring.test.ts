import { describe, expect, it } from "vitest";

import { getDescriptor } from "../framework/framework-queries";
import { mpem } from "../frameworks/mpem";
import { scoreRound, summarize, type Answer, type DimensionScore, type RoundScores, type ScoringOptions } from "./round-scoring";

type Level = number | null | undefined;

const dimensionIds = mpem.dimensions.map((dimension) => dimension.id);

/** The arithmetic without the privacy minimum (tested on its own below), so one answer is a figure. */
const score = (answers: readonly Answer[], options: ScoringOptions = {}) => scoreRound(mpem, answers, { minGroupSize: 1, ...options });

function row(participantId: string, group: string | null, dimensionId: string, currentLevel: Level, targetLevel: Level, comment?: string | null): Answer {
  return { participantId, group, dimensionId, currentLevel, targetLevel, comment };
}

/** One participant answering every dimension the same, with exceptions per dimension. */
function participant(participantId: string, group: string | null, current: Level, target: Level, overrides: Record<string, [Level, Level]> = {}): Answer[] {
  return dimensionIds.map((id) => {
    const [c, t] = overrides[id] ?? [current, target];
    return row(participantId, group, id, c, t);
  });
}

function dimension(scores: RoundScores, dimensionId: string): DimensionScore {
  const found = scores.dimensions.find((entry) => entry.dimensionId === dimensionId);
  if (!found) throw new Error(`no dimension ${dimensionId}`);
  return found;
}

function category(scores: RoundScores, categoryId: string) {
  const found = scores.categories.find((entry) => entry.categoryId === categoryId);
  if (!found) throw new Error(`no category ${categoryId}`);
  return found;
}

const empty = { count: 0, dontKnow: 0, median: null, mean: null, min: null, max: null, spread: null };
const emptyShown = { ...empty, withheld: false };

describe("summarize", () => {
  it("takes the middle value of an odd count, whatever the input order", () => {
    expect(summarize([4, 1, 3])).toEqual({ count: 3, dontKnow: 0, median: 3, mean: 2.67, min: 1, max: 4, spread: 3 });
  });

  it("averages the two middle values of an even count", () => {
    expect(summarize([2, 3]).median).toBe(2.5);
    expect(summarize([5, 1, 4, 2]).median).toBe(3);
    expect(summarize([1, 1, 2, 5]).median).toBe(1.5);
  });

  it("keeps the median exact but rounds the mean to two decimals", () => {
    expect(summarize([1, 2, 2])).toMatchObject({ median: 2, mean: 1.67 });
    expect(summarize([1, 1, 2])).toMatchObject({ median: 1, mean: 1.33 });
    expect(summarize([1, 2]).median).toBe(1.5);
  });

  it("leaves \"don't know\" out of every number and counts it separately", () => {
    expect(summarize([null, 5, null, 1])).toEqual({ count: 2, dontKnow: 2, median: 3, mean: 3, min: 1, max: 5, spread: 4 });
  });

  it("has only nulls when every answer is \"don't know\"", () => {
    expect(summarize([null, null, null])).toEqual({ ...empty, dontKnow: 3 });
  });

  it("has only nulls and zero counts for no answers at all", () => {
    expect(summarize([])).toEqual(empty);
  });

  it("gives a spread of zero when everyone agrees", () => {
    expect(summarize([3, 3, 3])).toMatchObject({ min: 3, max: 3, spread: 0, median: 3, mean: 3 });
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("scoreRound: dimensions", () => {
  it("lists every framework dimension in framework order, whatever order the answers came in", () => {
    const answers = [...participant("p1", null, 2, 3), ...participant("p2", null, 3, 4)];
    const shuffled = [...answers].sort((a, b) => b.dimensionId.localeCompare(a.dimensionId) || b.participantId.localeCompare(a.participantId));
    const scores = score(shuffled);
    expect(scores.dimensions.map((entry) => entry.dimensionId)).toEqual(dimensionIds);
    expect(scores.dimensions.map((entry) => [entry.name, entry.categoryId])).toEqual(mpem.dimensions.map((entry) => [entry.name, entry.categoryId]));
    expect(scores).toEqual(score(answers));
  });

  it("lists every dimension even with no answers at all", () => {
    const scores = score([]);
    expect(scores.dimensions).toHaveLength(11);
    for (const entry of scores.dimensions) {
      expect(entry.current).toEqual(emptyShown);
      expect(entry.target).toEqual(emptyShown);
      expect(entry.official).toEqual({ current: null, target: null, source: "median" });
    }
    expect(scores.participantCount).toBe(0);
    expect(scores.groups).toEqual([]);
  });

  it("scores a single participant's answers as the official levels", () => {
    const scores = score([row("p1", "IT", "channel-reach", 2, 4)]);
    const reach = dimension(scores, "channel-reach");
    expect(reach.current).toEqual({ count: 1, dontKnow: 0, median: 2, mean: 2, min: 2, max: 2, spread: 0, withheld: false });
    expect(reach.official).toEqual({ current: 2, target: 4, source: "median" });
    expect(reach.gap).toBe(2);
    expect(reach.nextLevel).toEqual({ rank: 3, name: "Intermediate", descriptor: "Personalization covers most digital channels - email, web, social." });
    expect(dimension(scores, "extent").current).toEqual(emptyShown);
    expect(scores.participantCount).toBe(1);
  });

  it("uses the mean of the two middle answers as the official level for an even count", () => {
    const scores = score([row("p1", null, "technology", 2, 4), row("p2", null, "technology", 3, 5)]);
    const technology = dimension(scores, "technology");
    expect(technology.official).toEqual({ current: 2.5, target: 4.5, source: "median" });
    expect(technology.gap).toBe(2);
  });

  it("excludes \"don't know\" from the median and counts it", () => {
    const scores = score([row("p1", null, "scope", 1, null), row("p2", null, "scope", null, null), row("p3", null, "scope", 3, 4)]);
    const scope = dimension(scores, "scope");
    expect(scope.current).toMatchObject({ count: 2, dontKnow: 1, median: 2 });
    expect(scope.target).toMatchObject({ count: 1, dontKnow: 2, median: 4 });
    expect(scope.official).toEqual({ current: 2, target: 4, source: "median" });
  });

  it("handles a round where everybody answered \"don't know\" everywhere", () => {
    const scores = score([...participant("p1", "IT", null, null), ...participant("p2", "Sales", null, null), ...participant("p3", null, null, null)]);
    for (const entry of scores.dimensions) {
      expect(entry.current).toEqual({ ...emptyShown, dontKnow: 3 });
      expect(entry.target).toEqual({ ...emptyShown, dontKnow: 3 });
      expect(entry.official).toEqual({ current: null, target: null, source: "median" });
      expect(entry.gap).toBeNull();
      expect(entry.nextLevel).toBeNull();
    }
    expect(scores.categories.map((entry) => [entry.current, entry.target, entry.gap])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(scores.overall).toEqual({ current: null, target: null, gap: null, dimensionsCounted: 0 });
    expect(scores.imbalances).toEqual([]);
    expect(scores.participantCount).toBe(3);
  });

  it("ignores answers to dimensions the framework does not have", () => {
    const scores = score([row("p1", null, "no-such-dimension", 5, 5), row("p1", null, "extent", 1, 2)]);
    expect(scores.dimensions.map((entry) => entry.dimensionId)).toEqual(dimensionIds);
    expect(scores.overall).toEqual({ current: 1, target: 2, gap: 1, dimensionsCounted: 1 });
  });

  it("does not change the answers it was given", () => {
    const answers = Object.freeze([row("p2", "B", "culture", 3, 4, " x "), row("p1", "A", "extent", 1, 2)].map((answer) => Object.freeze(answer)));
    const copy = structuredClone([...answers]);
    score(answers, { consensus: [{ dimensionId: "extent", currentLevel: 2, targetLevel: null }] });
    expect([...answers]).toEqual(copy);
  });
});

describe("scoreRound: consensus", () => {
  const twoOpinions = [row("p1", null, "strategy", 1, 3), row("p2", null, "strategy", 2, 5), row("p1", null, "culture", 2, 3)];

  it("replaces the median with the agreed levels, keeping the raw statistics", () => {
    const scores = score(twoOpinions, { consensus: [{ dimensionId: "strategy", currentLevel: 2, targetLevel: 3 }] });
    const strategy = dimension(scores, "strategy");
    expect(strategy.official).toEqual({ current: 2, target: 3, source: "consensus" });
    expect(strategy.current.median).toBe(1.5);
    expect(strategy.target.median).toBe(4);
    expect(strategy.gap).toBe(1);
    expect(strategy.nextLevel?.rank).toBe(3);
  });

  it("falls back to the median for a field the consensus left null", () => {
    const scores = score(twoOpinions, { consensus: [{ dimensionId: "strategy", currentLevel: null, targetLevel: 3 }] });
    const strategy = dimension(scores, "strategy");
    expect(strategy.official).toEqual({ current: 1.5, target: 3, source: "consensus" });
    expect(strategy.gap).toBe(1.5);
    expect(strategy.nextLevel?.rank).toBe(2);
  });

  it("reports the median as the source when the consensus entry has no levels", () => {
    const scores = score(twoOpinions, { consensus: [{ dimensionId: "strategy", currentLevel: null, targetLevel: null }] });
    expect(dimension(scores, "strategy").official).toEqual({ current: 1.5, target: 4, source: "median" });
  });

  it("applies only to its own dimension", () => {
    const scores = score(twoOpinions, { consensus: [{ dimensionId: "strategy", currentLevel: 4, targetLevel: 5 }] });
    expect(dimension(scores, "culture").official).toEqual({ current: 2, target: 3, source: "median" });
  });

  it("gives a dimension nobody answered an official level", () => {
    const scores = score([], { consensus: [{ dimensionId: "expertise", currentLevel: 3, targetLevel: 4 }] });
    const expertise = dimension(scores, "expertise");
    expect(expertise.current).toEqual(emptyShown);
    expect(expertise.official).toEqual({ current: 3, target: 4, source: "consensus" });
    expect(expertise.nextLevel).toEqual({ rank: 4, name: "Mature", descriptor: getDescriptor(mpem, "expertise", 4) });
  });

  it("feeds into category, overall and imbalance figures", () => {
    const answers = participant("p1", null, 2, 3);
    const scores = score(answers, { consensus: [{ dimensionId: "culture", currentLevel: 5, targetLevel: 5 }] });
    expect(category(scores, "people")).toMatchObject({ current: 3.5, target: 4 });
    expect(scores.overall.current).toBe(2.27);
    expect(scores.imbalances.map((entry) => [entry.dimensionId, entry.direction])).toEqual([["culture", "ahead"]]);
  });
});

describe("scoreRound: gap and next level", () => {
  it("gives a negative gap when the target is below today's level", () => {
    expect(dimension(score([row("p1", null, "extent", 4, 2)]), "extent").gap).toBe(-2);
  });

  it("has no gap when either side is unknown", () => {
    const scores = score([row("p1", null, "extent", 3, null), row("p1", null, "scope", null, 4)]);
    expect(dimension(scores, "extent").gap).toBeNull();
    expect(dimension(scores, "scope").gap).toBeNull();
    expect(dimension(scores, "extent").nextLevel?.rank).toBe(4);
    expect(dimension(scores, "scope").nextLevel).toBeNull();
  });

  it("has no next level at the top level", () => {
    const scores = score([row("p1", null, "culture", 5, 5)]);
    expect(dimension(scores, "culture").nextLevel).toBeNull();
    expect(dimension(scores, "culture").gap).toBe(0);
  });

  it("takes the level above the floor of a fractional median, with that dimension's descriptor", () => {
    const scores = score([row("p1", null, "technology", 2, 3), row("p2", null, "technology", 3, 3)]);
    expect(dimension(scores, "technology").nextLevel).toEqual({
      rank: 3,
      name: "Intermediate",
      descriptor: "Personalization is part of some of the enterprise software such as WCM or email marketing.",
    });
  });

  it("takes level 5 as the next level above 4.5", () => {
    const scores = score([row("p1", null, "measurement", 4, 5), row("p2", null, "measurement", 5, 5)]);
    expect(dimension(scores, "measurement").nextLevel).toEqual({ rank: 5, name: "Leader", descriptor: getDescriptor(mpem, "measurement", 5) });
  });

  it("takes level 2 as the next level above level 1", () => {
    const scores = score([row("p1", null, "extent", 1, 3)]);
    expect(dimension(scores, "extent").nextLevel).toEqual({ rank: 2, name: "Foundational", descriptor: getDescriptor(mpem, "extent", 2) });
  });
});

describe("scoreRound: categories and overall", () => {
  it("averages each category over the dimensions whose today and needed levels are both known", () => {
    const scores = score([
      row("p1", null, "extent", 1, 3),
      row("p1", null, "channel-reach", 2, 3),
      row("p1", null, "accuracy-and-learnability", 2, 4),
      row("p1", null, "scope", null, 3),
      row("p1", null, "expertise", 4, 5),
    ]);
    expect(scores.categories.map((entry) => entry.categoryId)).toEqual(["functional", "organizational", "people"]);
    // Scope has no level today, so its needed level (3) is left out of the needed mean too.
    expect(category(scores, "functional")).toEqual({
      categoryId: "functional",
      name: "Functional effectiveness",
      current: 1.67,
      target: 3.33,
      gap: 1.67,
      dimensionsCounted: 3,
      dimensionsTotal: 4,
    });
    expect(category(scores, "organizational")).toMatchObject({ current: null, target: null, gap: null, dimensionsCounted: 0 });
    expect(category(scores, "people")).toMatchObject({ current: 4, target: 5, gap: 1, dimensionsCounted: 1, dimensionsTotal: 2 });
  });

  it("gives a category the gap of its only complete dimension", () => {
    // Strategy: today 2, needed 4. Technology: today 3, needed unknown. Today's mean over both
    // (2.5) against needed over one (4) used to give 1.5, disagreeing with strategy's gap of 2.
    const scores = score([row("p1", null, "strategy", 2, 4), row("p1", null, "technology", 3, null)]);
    expect(category(scores, "organizational")).toMatchObject({ current: 2, target: 4, gap: 2, dimensionsCounted: 1 });
    expect(dimension(scores, "strategy").gap).toBe(2);
    expect(scores.overall).toEqual({ current: 2, target: 4, gap: 2, dimensionsCounted: 1 });
  });

  it("keeps the category gap equal to needed minus today when the means are rounded", () => {
    const scores = score([row("p1", null, "extent", 1, 2), row("p1", null, "channel-reach", 1, 2), row("p1", null, "scope", 2, 4)]);
    // today 4/3 → 1.33, needed 8/3 → 2.67; the gap is 4/3 → 1.33 (not 2.67 − 1.33 = 1.34).
    expect(category(scores, "functional")).toMatchObject({ current: 1.33, target: 2.67, gap: 1.33 });
  });

  it("averages all dimensions for the overall level, rounded to two decimals", () => {
    const scores = score(participant("p1", null, 1, 3, { strategy: [2, 4], technology: [3, 5] }));
    // current: nine 1s, a 2 and a 3 = 14 / 11; target: nine 3s, a 4 and a 5 = 36 / 11
    expect(scores.overall).toEqual({ current: 1.27, target: 3.27, gap: 2, dimensionsCounted: 11 });
    expect(category(scores, "organizational")).toMatchObject({ current: 1.6, target: 3.6, gap: 2 });
  });

  it("averages fractional medians", () => {
    const scores = score([
      row("p1", null, "expertise", 2, 3),
      row("p2", null, "expertise", 3, 4),
      row("p1", null, "culture", 1, 2),
    ]);
    expect(category(scores, "people")).toMatchObject({ current: 1.75, target: 2.75, gap: 1 });
  });
});

describe("scoreRound: imbalances", () => {
  it("flags technology at level 5 while the other dimensions sit at 1 or 2 (MPEM section 6)", () => {
    const scores = score(participant("p1", null, 1, 3, { technology: [5, 5], strategy: [2, 3], measurement: [2, 3] }));
    // (8 × 1 + 2 + 2 + 5) / 11 = 17 / 11
    expect(scores.overall.current).toBe(1.55);
    expect(scores.imbalances).toEqual([{ dimensionId: "technology", name: "Technology", current: 5, overall: 1.55, direction: "ahead" }]);
  });

  it("flags a dimension lagging behind the rest", () => {
    const scores = score(participant("p1", null, 4, 5, { culture: [1, 3] }));
    expect(scores.imbalances).toEqual([{ dimensionId: "culture", name: "Culture", current: 1, overall: 3.73, direction: "behind" }]);
  });

  it("flags nothing when the levels are close together", () => {
    const scores = score(participant("p1", null, 2, 3, { technology: [3, 4], culture: [1, 2] }));
    expect(scores.imbalances).toEqual([]);
  });

  it("includes a distance exactly at the threshold", () => {
    // Two dimensions at 1 and 4: overall 2.5, each 1.5 away.
    const scores = score([row("p1", null, "extent", 1, 2), row("p1", null, "culture", 4, 5)]);
    expect(scores.imbalances.map((entry) => [entry.dimensionId, entry.direction, entry.overall])).toEqual([
      ["extent", "behind", 2.5],
      ["culture", "ahead", 2.5],
    ]);
  });

  it("honours a custom threshold", () => {
    const answers = participant("p1", null, 2, 3, { technology: [3, 4] });
    expect(score(answers).imbalances).toEqual([]);
    expect(score(answers, { imbalanceThreshold: 0.5 }).imbalances.map((entry) => entry.dimensionId)).toEqual(["technology"]);
  });

  it("is not fooled by floating-point noise at the threshold", () => {
    // overall = 4 / 3 → 1.33; 2 − 1.33 is 0.6699999… in binary floating point.
    const answers = [row("p1", null, "extent", 1, 1), row("p1", null, "channel-reach", 1, 1), row("p1", null, "scope", 2, 2)];
    const scores = score(answers, { imbalanceThreshold: 0.67 });
    expect(scores.imbalances.map((entry) => entry.dimensionId)).toEqual(["scope"]);
  });

  it("ignores dimensions without an official level", () => {
    const scores = score([row("p1", null, "extent", 1, 2), row("p1", null, "culture", null, 5)]);
    expect(scores.imbalances).toEqual([]);
  });
});

describe("scoreRound: comments", () => {
  it("keeps non-empty comments, trimmed and in alphabetical order, without saying whose they are", () => {
    const scores = score([
      row("p1", "IT", "culture", 2, 3, "  Silos everywhere.\n"),
      row("p2", "IT", "culture", 2, 3, "   "),
      row("p3", null, "culture", null, null, "Not sure who owns this."),
      row("p4", "Sales", "culture", 3, 4, ""),
      row("p5", "Sales", "culture", 3, 4, null),
      row("p6", "Sales", "culture", 3, 4),
      row("p7", "Sales", "culture", 3, 4, "Leadership talks, nobody acts."),
      row("p7", "Sales", "extent", 3, 4, "Only e-mail."),
    ]);
    expect(dimension(scores, "culture").comments).toEqual([
      { group: "Sales", text: "Leadership talks, nobody acts." },
      { group: null, text: "Not sure who owns this." },
      { group: "IT", text: "Silos everywhere." },
    ]);
    expect(dimension(scores, "extent").comments).toEqual([{ group: "Sales", text: "Only e-mail." }]);
    expect(dimension(scores, "scope").comments).toEqual([]);
  });
});

describe("scoreRound: participants and groups", () => {
  it("counts distinct participants, including those who only answered \"don't know\"", () => {
    const scores = score([
      row("p1", null, "extent", 1, 2),
      row("p1", null, "scope", 2, 3),
      row("p2", "IT", "extent", null, null),
      row("p3", "IT", "culture", 3, 4),
    ]);
    expect(scores.participantCount).toBe(3);
  });

  it("splits by group in the round's order, then groups it does not list, then \"No group\"", () => {
    const scores = score(
      [
        row("s1", "Sales", "technology", 1, 3),
        row("m1", "Marketing", "technology", 1, 3),
        row("m2", "marketing ", "technology", 2, 4),
        row("m2", "marketing ", "strategy", 2, 4),
        row("i1", "IT", "technology", 4, 5),
        row("i1", "IT", "extent", 2, null),
        row("x1", null, "technology", 3, 3),
      ],
      { groupOrder: ["Marketing", "IT", "Leadership"] },
    );
    expect(scores.groups.map((entry) => [entry.label, entry.kind, entry.participantCount])).toEqual([
      ["Marketing", "group", 2],
      ["IT", "group", 1],
      ["Sales", "group", 1],
      ["No group", "no-group", 1],
    ]);
    expect(scores.participantCount).toBe(5);

    const marketing = scores.groups[0]!;
    expect(marketing.dimensions.map((entry) => entry.dimensionId)).toEqual(dimensionIds);
    const technology = marketing.dimensions.find((entry) => entry.dimensionId === "technology")!;
    expect(technology.current).toEqual({ count: 2, dontKnow: 0, median: 1.5, mean: 1.5, min: 1, max: 2, spread: 1, withheld: false });
    expect(technology.target.median).toBe(3.5);

    const it_ = scores.groups[1]!;
    expect(it_.dimensions.find((entry) => entry.dimensionId === "extent")!.target).toEqual({ ...emptyShown, dontKnow: 1 });
  });

  it("counts the people who answered a dimension, \"don't know\" included, the same way for the round and for a group", () => {
    const scores = score(
      [row("a", "IT", "extent", null, 3), row("b", "IT", "extent", 2, null), row("c", "IT", "extent", undefined, 4), row("d", "IT", "extent", undefined, undefined), row("e", "HR", "scope", 1, 1)],
      { groupOrder: ["IT", "HR"] },
    );
    expect(dimension(scores, "extent").respondents).toBe(3);
    expect(scores.groups.find((entry) => entry.label === "IT")!.dimensions.find((entry) => entry.dimensionId === "extent")!.respondents).toBe(3);
  });

  it("lists every dimension for a group, with empty statistics where it gave no answer", () => {
    const scores = score([row("m1", "Marketing", "technology", 1, 3), row("i1", "IT", "culture", 4, 5)]);
    const marketing = scores.groups.find((entry) => entry.label === "Marketing")!;
    expect(marketing.dimensions).toHaveLength(11);
    for (const entry of marketing.dimensions.filter((entry) => entry.dimensionId !== "technology")) {
      expect(entry.current).toEqual(emptyShown);
      expect(entry.target).toEqual(emptyShown);
    }
    // The whole round still sees IT's answer on culture.
    expect(dimension(scores, "culture").official.current).toBe(4);
  });

  it("has no group split when everybody is in the same group, or in none", () => {
    expect(score(participant("p1", null, 2, 3)).groups).toEqual([]);
    expect(score([...participant("p1", "IT", 2, 3), ...participant("p2", "it", 2, 3)]).groups).toEqual([]);
  });
});
describe("scoreRound: answers not given yet", () => {
  it("leaves out a side not answered yet (undefined), unlike \"don't know\" (null), and participants who answered nothing", () => {
    const scores = score([
      { participantId: "p1", group: null, dimensionId: "extent", currentLevel: 2, targetLevel: undefined },
      { participantId: "p2", group: null, dimensionId: "extent", currentLevel: undefined, targetLevel: undefined },
      { participantId: "p3", group: null, dimensionId: "extent", currentLevel: null, targetLevel: 4 },
    ]);
    expect(dimension(scores, "extent").current).toMatchObject({ count: 1, dontKnow: 1, median: 2 });
    expect(dimension(scores, "extent").target).toMatchObject({ count: 1, dontKnow: 0, median: 4 });
    expect(scores.participantCount).toBe(2);
  });
});
