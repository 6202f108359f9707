import { collectStrings, findSharedWordRuns, readSharedSeed } from "@tests/support/own-words";
import { describe, expect, it } from "vitest";

import { boundariesReviewSchema } from "./boundaries-review";
import { boundariesIntro, boundariesRule, boundariesSource } from "./boundaries-source";
import { governanceItemIds, governanceTiers } from "./governance-tiers";
import { sevenSins } from "./seven-sins";

const seed = readSharedSeed("004_420cc68ca7f24d9c.txt");

describe("the Seven Deadly Sins and the governance tiers as data", () => {
  it("names the seven sins in the source's order", () => {
    expect(sevenSins.map((sin) => sin.name)).toEqual([
      "Breaking Bonds",
      "Digging Too Deep",
      "Helicoptering",
      "Overcrowding",
      "Category Jumping",
      "Boudoir Topics",
      "Moral Hazards",
    ]);
    for (const [index, sin] of sevenSins.entries()) expect(seed).toContain(`${index + 1}. ${sin.name}.`);
  });

  it("gives every sin a description and a guiding question", () => {
    for (const sin of sevenSins) {
      expect(sin.description.length, sin.id).toBeGreaterThan(60);
      expect(sin.question, sin.id).toMatch(/^\S.*\?$/);
    }
  });

  it("has the four tiers, each with a description and a checklist, and ids unique across tiers", () => {
    expect(governanceTiers.map((tier) => tier.name)).toEqual(["Values", "Strategy", "Execution", "Infrastructure"]);
    for (const tier of governanceTiers) {
      expect(tier.description.length, tier.id).toBeGreaterThan(60);
      expect(tier.items.length, tier.id).toBeGreaterThanOrEqual(3);
      for (const item of tier.items) expect(item.id.startsWith(`${tier.id}-`), item.id).toBe(true);
    }
    expect(new Set(governanceItemIds).size).toBe(governanceItemIds.length);
    expect(new Set(sevenSins.map((sin) => sin.id)).size).toBe(7);
  });

  it("is written in our own words: no run of six words is shared with the source", () => {
    const { title: _title, ...citation } = boundariesSource;
    const strings = [...collectStrings(sevenSins, "sins"), ...collectStrings(governanceTiers, "tiers"), ...collectStrings(citation, "source"), ...collectStrings(boundariesIntro, "intro"), { where: "rule", text: boundariesRule }];
    expect(strings.length).toBeGreaterThan(50);
    expect(findSharedWordRuns(strings, seed, 6)).toEqual([]);
  });

  it("cites the source by its exact title, with no licence", () => {
    expect(seed).toContain(boundariesSource.title);
    expect(boundariesSource.license).toBeUndefined();
    expect(boundariesSource.notice).toMatch(/our own wording/);
  });
});

describe("a boundaries review's input", () => {
  const sin = { exposure: "partly", evidence: "Ads follow visitors to partner sites.", mitigation: "Stop third-party retargeting.", owner: "Head of digital" };

  it("accepts exposures per sin and governance ticks per item", () => {
    const parsed = boundariesReviewSchema.parse({
      sins: { "digging-too-deep": sin, "moral-hazards": { exposure: null, evidence: "", mitigation: "", owner: "" } },
      governance: { "values-relationship": true, "infrastructure-access": false },
    });
    expect(parsed.sins["digging-too-deep"]?.exposure).toBe("partly");
  });

  it("refuses an unknown sin, an unknown exposure, an unknown checklist item and over-long text", () => {
    expect(boundariesReviewSchema.safeParse({ sins: { gluttony: sin }, governance: {} }).success).toBe(false);
    expect(boundariesReviewSchema.safeParse({ sins: { overcrowding: { ...sin, exposure: "maybe" } }, governance: {} }).error?.issues[0]?.message).toBe(
      "Exposure must be no, partly or yes.",
    );
    expect(boundariesReviewSchema.safeParse({ sins: {}, governance: { "values-anything": true } }).success).toBe(false);
    expect(boundariesReviewSchema.safeParse({ sins: { overcrowding: { ...sin, owner: "x".repeat(201) } }, governance: {} }).error?.issues[0]?.message).toBe(
      "Owner must be at most 200 characters.",
    );
  });
});
