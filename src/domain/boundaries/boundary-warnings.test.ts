import { describe, expect, it } from "vitest";

import { mpem } from "../frameworks/mpem";
import { tcsDataMaturity } from "../frameworks/tcs-data-maturity";
import type { BoundariesReview, SinExposure } from "./boundaries-review";
import { assessBoundaries, isHighLevel, lowestHighLevel } from "./boundary-warnings";
import type { SinId } from "./seven-sins";

function review(exposures: Partial<Record<SinId, SinExposure | null>>, governance: BoundariesReview["governance"] = {}): BoundariesReview {
  return {
    sins: Object.fromEntries(Object.entries(exposures).map(([id, exposure]) => [id, { exposure, evidence: "", mitigation: "", owner: "" }])),
    governance,
  };
}

const allMpem = (level: number | null) => Object.fromEntries(mpem.dimensions.map((dimension) => [dimension.id, level]));

describe("what counts as a high level", () => {
  it("is the top third of the scale: Mature and Leader on MPEM, Leading on TCS", () => {
    expect([1, 2, 3, 3.5, 4, 4.5, 5].filter((level) => isHighLevel(mpem, level))).toEqual([4, 4.5, 5]);
    expect([1, 1.5, 2, 2.5, 3].filter((level) => isHighLevel(tcsDataMaturity, level))).toEqual([2.5, 3]);
    expect(lowestHighLevel(mpem)).toBeCloseTo(3.667, 3);
    expect(lowestHighLevel(tcsDataMaturity)).toBeCloseTo(2.333, 3);
    expect(isHighLevel(mpem, Number.NaN)).toBe(false);
  });
});

describe("the boundaries rule: the more advanced the personalization, the more the boundaries matter", () => {
  it("warns for each MPEM personal-data dimension at a high level while a sin is exposed, naming both", () => {
    const levels = { ...allMpem(2), extent: 4, "accuracy-and-learnability": 5, scope: 3, technology: 5 };
    const { warnings } = assessBoundaries(mpem, levels, review({ "digging-too-deep": "yes", helicoptering: "partly", overcrowding: "no" }));

    expect(warnings.map((warning) => [warning.dimensionId, warning.level, warning.levelName, warning.severity])).toEqual([
      ["extent", 4, "Mature", "exposed"],
      ["accuracy-and-learnability", 5, "Leader", "exposed"],
    ]);
    expect(warnings[0]?.exposedSins.map((sin) => [sin.sinId, sin.exposure])).toEqual([
      ["digging-too-deep", "yes"],
      ["helicoptering", "partly"],
    ]);
    expect(warnings[0]?.message).toBe(
      "Extent is at Mature (level 4 of 5) while Digging Too Deep and Helicoptering (partly) are marked as exposed: the more advanced the personalization, the more its boundaries matter.",
    );
  });

  it("ignores dimensions that do not rest on personal data, however high", () => {
    const { warnings, summary } = assessBoundaries(mpem, { ...allMpem(5), extent: 1, "accuracy-and-learnability": 2, scope: 3 }, review({ "moral-hazards": "yes" }));
    expect(warnings).toEqual([]);
    expect(summary.personalDataDimensionIds).toEqual(["extent", "accuracy-and-learnability", "scope"]);
    expect(summary.highPersonalDataDimensionIds).toEqual([]);
  });

  it("says nothing while no sin is exposed, even at the top level", () => {
    expect(assessBoundaries(mpem, allMpem(5), review({ "breaking-bonds": "no", "moral-hazards": null })).warnings).toEqual([]);
    expect(assessBoundaries(mpem, allMpem(5), review({})).warnings).toEqual([]);
  });

  it("counts a partly exposed sin, with a lower severity", () => {
    const [warning] = assessBoundaries(tcsDataMaturity, { "personal-data-usage": 3 }, review({ "boudoir-topics": "partly" })).warnings;
    expect(warning?.severity).toBe("partly-exposed");
    expect(warning?.message).toBe(
      "Personal data usage is at Leading (level 3 of 3) while Boudoir Topics (partly) is marked as exposed: the more advanced the personalization, the more its boundaries matter.",
    );
  });

  it("on TCS warns at Leading and between Practicing and Leading, not at Practicing", () => {
    const sins = review({ "category-jumping": "yes" });
    const warned = (levels: Record<string, number | null>) => assessBoundaries(tcsDataMaturity, levels, sins).warnings.map((warning) => warning.dimensionId);
    expect(warned({ "contact-frequency": 3, "personal-data-usage": 2, "offer-positioning": 2, "offer-messaging": 3 })).toEqual([]);
    expect(warned({ "contact-frequency": 1, "personal-data-usage": 3, "offer-positioning": 2.5, "offer-messaging": 1 })).toEqual(["personal-data-usage", "offer-positioning"]);
    const between = assessBoundaries(tcsDataMaturity, { "offer-positioning": 2.5 }, sins).warnings[0];
    expect([between?.levelName, between?.message]).toEqual([
      null,
      "Offer positioning is at level 2.5 of 3 while Category Jumping is marked as exposed: the more advanced the personalization, the more its boundaries matter.",
    ]);
  });

  it("treats an unknown or missing level as no evidence of a high level", () => {
    const sins = review({ overcrowding: "yes" });
    expect(assessBoundaries(tcsDataMaturity, { "personal-data-usage": null }, sins).warnings).toEqual([]);
    expect(assessBoundaries(tcsDataMaturity, {}, sins).warnings).toEqual([]);
    expect(assessBoundaries(tcsDataMaturity, Object.create({ "personal-data-usage": 3 }) as Record<string, number>, sins).warnings).toEqual([]);
  });

  it("summarizes the sins and the governance checklist", () => {
    const { summary } = assessBoundaries(
      tcsDataMaturity,
      { "personal-data-usage": 3 },
      review(
        { "breaking-bonds": "yes", "digging-too-deep": "partly", helicoptering: "partly", overcrowding: "no", "moral-hazards": null },
        { "values-relationship": true, "values-direction": true, "values-limits": false, "infrastructure-access": true },
      ),
    );
    expect(summary.sins).toEqual({ total: 7, yes: 1, partly: 2, no: 1, unassessed: 3 });
    expect(summary.governance.total).toBe(18);
    expect(summary.governance.inPlace).toBe(3);
    expect(summary.governance.tiers.map((tier) => [tier.name, tier.inPlace, tier.total])).toEqual([
      ["Values", 2, 4],
      ["Strategy", 0, 5],
      ["Execution", 0, 5],
      ["Infrastructure", 1, 4],
    ]);
    expect(summary.highPersonalDataDimensionIds).toEqual(["personal-data-usage"]);
  });
});
