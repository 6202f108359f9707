import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { tcsDataMaturity } from "../frameworks/tcs-data-maturity";
import { applyManualOrder, moveInOrder, notableSpread, prioritize, priorityMethod, type PriorityInput } from "./prioritize";

const level = (dimensionId: string, current: number | null, target: number | null, spread: number | null = 0, source: "consensus" | "median" = "median"): PriorityInput => ({
  dimensionId,
  current,
  target,
  spread,
  source,
});

// Every MPEM dimension at 2 → 3 (gap 1), except the ones a test changes.
function mpemInputs(overrides: PriorityInput[] = []): PriorityInput[] {
  const byId = new Map(overrides.map((input) => [input.dimensionId, input]));
  return mpem.dimensions.map((dimension) => byId.get(dimension.id) ?? level(dimension.id, 2, 3));
}

const ids = (rows: { dimensionId: string }[]) => rows.map((row) => row.dimensionId);

describe("prioritize", () => {
  it("ranks by gap first when nothing else differs, and leaves out dimensions without a gap or without levels", () => {
    const result = prioritize(mpem, mpemInputs([level("culture", 1, 4), level("expertise", 3, 3), level("measurement", null, 4), level("technology", 4, 3)]), {});
    expect(result.rows[0]).toMatchObject({ dimensionId: "culture", gap: 3, computedRank: 1, reason: "gap of 3 levels" });
    expect(result.notRanked).toEqual([
      { dimensionId: "technology", name: "Technology", why: "no gap" },
      { dimensionId: "measurement", name: "Measurement", why: "levels not known" },
      { dimensionId: "expertise", name: "Expertise", why: "no gap" },
    ]);
    expect(result.rows).toHaveLength(mpem.dimensions.length - 3);
    // Equal scores keep the model's order.
    expect(ids(result.rows).slice(1, 4)).toEqual(["extent", "channel-reach", "accuracy-and-learnability"]);
  });

  it("choosing outcomes changes the ranking toward the dimensions they depend on, with the reason and scenarios", () => {
    const inputs = mpemInputs([level("culture", 1, 3), level("security-and-privacy", 1, 3)]);
    const before = prioritize(mpem, inputs, {});
    expect(ids(before.rows).slice(0, 2)).toEqual(["security-and-privacy", "culture"]);

    const after = prioritize(mpem, inputs, { "sell-more": 5, "convert-faster": 3 });
    // Channel reach, scope and strategy drive both chosen outcomes: they now lead (tied, in model order).
    expect(after.rows[0]).toMatchObject({ dimensionId: "channel-reach", reason: "gap of 1 level; drives Sell more and Convert faster" });
    expect(ids(after.rows).slice(0, 3)).toEqual(["channel-reach", "scope", "strategy"]);
    expect(after.rows[0]!.inputs).toEqual({ gap: 0.25, outcomes: 1, disagreement: 0 });
    // 100 × (0.5 × 0.25 + 0.35 × 1) ÷ 1
    expect(after.rows[0]!.score).toBe(47.5);
    expect(after.rows[0]!.drives.map((outcome) => outcome.scenarios[0])).toEqual(["Upsell and cross-sell based on related items", "Content personalization"]);
    // Extent drives Sell more (5 of 8) but not Convert faster.
    expect(after.rows.find((row) => row.dimensionId === "extent")!.inputs.outcomes).toBe(0.63);
    expect(after.chosenOutcomes.map((outcome) => [outcome.outcomeId, outcome.weight])).toEqual([
      ["sell-more", 5],
      ["convert-faster", 3],
    ]);
  });

  it("a heavier weight moves its outcome's dimensions up", () => {
    const inputs = mpemInputs();
    const reachFirst = prioritize(mpem, inputs, { "widen-reach": 5, "create-differentiated-experiences": 1 });
    const experienceFirst = prioritize(mpem, inputs, { "widen-reach": 1, "create-differentiated-experiences": 5 });
    expect(reachFirst.rows[0]!.dimensionId).toBe("extent");
    expect(experienceFirst.rows[0]!.dimensionId).toBe("accuracy-and-learnability");
  });

  it("counts disagreement, and mentions a wide split in the reason", () => {
    const result = prioritize(mpem, mpemInputs([level("culture", 2, 3, 3)]), {});
    expect(result.rows[0]).toMatchObject({ dimensionId: "culture", reason: "gap of 1 level; answers today 3 levels apart" });
    expect(result.rows[0]!.inputs.disagreement).toBe(0.75);
    expect(notableSpread(mpem)).toBe(2);
  });

  it("says when a level was agreed in consensus", () => {
    const result = prioritize(mpem, mpemInputs([level("culture", 1, 2.5, 0, "consensus")]), {});
    expect(result.rows[0]!.reason).toBe("gap of 1.5 levels (agreed in consensus)");
  });

  it("ranks a framework without an outcome map by gap and disagreement alone, on its own scale", () => {
    const inputs = [level("contact-frequency", 1, 2, 0), level("personal-data-usage", 1, 3, 0), level("offer-positioning", 1, 2, 2), level("offer-messaging", 2, 2)];
    const result = prioritize(tcsDataMaturity, inputs, { "sell-more": 5 });
    expect(result.hasOutcomeMap).toBe(false);
    expect(result.weightsUsed.outcomes).toBe(0);
    expect(ids(result.rows)).toEqual(["personal-data-usage", "offer-positioning", "contact-frequency"]);
    // Three levels: a gap of 2 is the whole scale.
    expect(result.rows[0]!.inputs.gap).toBe(1);
    expect(result.rows.every((row) => row.drives.length === 0)).toBe(true);
    expect(priorityMethod(tcsDataMaturity, result).join(" ")).toContain("has no map from business outcomes to dimensions");
  });

  it("keeps a manual order, with new dimensions after it in computed order", () => {
    const inputs = mpemInputs([level("culture", 1, 4)]);
    const result = prioritize(mpem, inputs, {}, { manualOrder: ["strategy", "gone-dimension", "extent"] });
    expect(ids(result.rows).slice(0, 3)).toEqual(["strategy", "extent", "culture"]);
    expect(result.manualOrder).toBe(true);
    expect(result.rows[0]!.computedRank).toBeGreaterThan(1);
    expect(priorityMethod(mpem, result).at(-1)).toContain("kept by hand");
  });

  it("a manual order equal to the computed one is not reported as manual", () => {
    const computed = prioritize(mpem, mpemInputs(), {});
    expect(prioritize(mpem, mpemInputs(), {}, { manualOrder: ids(computed.rows) }).manualOrder).toBe(false);
  });

  it("explains the score with the weights in use", () => {
    const result = prioritize(mpem, mpemInputs(), { "sell-more": 2 });
    const method = priorityMethod(mpem, result);
    expect(method).toContain("Gap input = gap ÷ 4 (the widest gap the 5-level scale allows).");
    expect(method.join(" ")).toContain("Sell more 2; total 2");
    expect(method.join(" ")).toContain("Score = 100 × (gap × 0.5 + outcomes × 0.35 + disagreement × 0.15) ÷ 1.");
    expect(priorityMethod(mpem, prioritize(mpem, mpemInputs(), {})).join(" ")).toContain("Score = 100 × (gap × 0.5 + disagreement × 0.15) ÷ 0.65.");
  });
});

describe("orders", () => {
  it("applies a kept order and ignores duplicates", () => {
    expect(ids(applyManualOrder([{ dimensionId: "a" }, { dimensionId: "b" }, { dimensionId: "c" }], ["c", "a", "c"]))).toEqual(["c", "a", "b"]);
  });

  it("moves an id up or down, and not past either end", () => {
    expect(moveInOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moveInOrder(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moveInOrder(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(moveInOrder(["a", "b"], "x", "up")).toEqual(["a", "b"]);
  });
});
