import { collectStrings, findSharedWordRuns, readSharedSeed } from "@tests/support/own-words";
import { describe, expect, expectTypeOf, it } from "vitest";

import { frameworkSchema } from "../framework/framework-schema";
import { builtInFrameworks, getBuiltInFramework } from "./index";
import { tcsDataMaturity, type TcsDimensionId, type TcsLevelId } from "./tcs-data-maturity";

const seed = readSharedSeed("004_420cc68ca7f24d9c.txt");

/** Our strings: everything but the source's own title, which a citation must quote exactly. */
function ourStrings() {
  const { source, ...model } = tcsDataMaturity;
  const { title: _title, ...citation } = source;
  return [...collectStrings(model, "tcs"), ...collectStrings(citation, "tcs.source")];
}

describe("the TCS personalized data maturity model as data", () => {
  it("passes the framework schema", () => {
    expect(frameworkSchema.safeParse(tcsDataMaturity).error?.issues).toBeUndefined();
  });

  it("has the source's three levels and four aspects, in its order", () => {
    expect(tcsDataMaturity.levels.map((level) => [level.rank, level.name])).toEqual([
      [1, "Emerging"],
      [2, "Practicing"],
      [3, "Leading"],
    ]);
    expect(tcsDataMaturity.dimensions.map((dimension) => dimension.name)).toEqual(["Contact frequency", "Personal data usage", "Offer positioning", "Offer messaging"]);
    expectTypeOf<TcsLevelId>().toEqualTypeOf<"emerging" | "practicing" | "leading">();
    expectTypeOf<TcsDimensionId>().toEqualTypeOf<"contact-frequency" | "personal-data-usage" | "offer-positioning" | "offer-messaging">();
  });

  it("gives every aspect a descriptor at every level, each the source's three statements as three sentences", () => {
    for (const dimension of tcsDataMaturity.dimensions) {
      for (const level of tcsDataMaturity.levels) {
        const descriptor = (dimension.descriptors as Record<string, string>)[level.id];
        expect(descriptor, `${dimension.id} at ${level.id}`).toMatch(/\S/);
        expect(descriptor?.split(/(?<=[.!?])\s+/), `${dimension.id} at ${level.id}`).toHaveLength(3);
      }
    }
    const descriptors = tcsDataMaturity.dimensions.flatMap((dimension) => Object.values(dimension.descriptors));
    expect(new Set(descriptors).size).toBe(12);
  });

  it("is written in our own words: no run of six words is shared with the source", () => {
    expect(seed).toContain("TCS Personalized Data Maturity Models");
    const strings = ourStrings();
    expect(strings.length).toBeGreaterThan(30);
    expect(findSharedWordRuns(strings, seed, 6)).toEqual([]);
  });

  it("cites the source without claiming a licence, and says the wording is ours", () => {
    expect(seed).toContain(tcsDataMaturity.source.title);
    expect(tcsDataMaturity.source.author).toContain("Tata Consultancy Services");
    expect(tcsDataMaturity.source).not.toHaveProperty("license");
    expect(tcsDataMaturity.source.notice).toMatch(/no licence/);
    expect(tcsDataMaturity.source.notice).toMatch(/our own wording/);
  });

  it("marks the aspects that rest on personal data", () => {
    expect(tcsDataMaturity.dimensions.filter((dimension) => "usesPersonalData" in dimension && dimension.usesPersonalData).map((dimension) => dimension.id)).toEqual([
      "personal-data-usage",
      "offer-positioning",
    ]);
  });

  it("flags an aspect a whole level away from the overall level, which the scale allows", () => {
    expect(tcsDataMaturity.scoring.imbalanceThreshold).toBe(1);
    expect(tcsDataMaturity.scoring.imbalanceThreshold).toBeLessThan(tcsDataMaturity.levels.length);
  });

  it("keeps axis labels short enough for a phone and has no business outcome map", () => {
    for (const dimension of tcsDataMaturity.dimensions) expect(dimension.shortName.length).toBeLessThanOrEqual(16);
    expect(tcsDataMaturity.outcomes).toEqual([]);
  });

  it("is registered by id and version", () => {
    expect(builtInFrameworks).toContain(tcsDataMaturity);
    expect(getBuiltInFramework("tcs-data-maturity", "1.0")).toBe(tcsDataMaturity);
  });
});
