import { describe, expect, expectTypeOf, it } from "vitest";

import { readSharedSeed } from "@tests/support/own-words";

import { getDimension } from "../framework/framework-queries";
import { frameworkSchema } from "../framework/framework-schema";
import { findBuiltInFramework, getBuiltInFramework } from "./index";
import { mpem, type MpemCategoryId, type MpemDimensionId, type MpemLevelId } from "./mpem";

function allStrings(value: unknown, path = "mpem"): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => allStrings(item, `${path}[${index}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => allStrings(item, `${path}.${key}`));
  return [];
}

describe("MPEM as data", () => {
  it("passes the framework schema", () => {
    expect(frameworkSchema.safeParse(mpem).error?.issues).toBeUndefined();
  });

  it("has the 3 categories, and the 11 dimensions in Table 1's categories and order", () => {
    expect(mpem.categories.map((category) => category.name)).toEqual(["Functional effectiveness", "Organizational effectiveness", "People effectiveness"]);
    const byCategory = Object.fromEntries(
      mpem.categories.map((category) => [category.id, mpem.dimensions.filter((dimension) => dimension.categoryId === category.id).map((dimension) => dimension.id)]),
    );
    expect(byCategory).toEqual({
      functional: ["extent", "channel-reach", "accuracy-and-learnability", "scope"],
      organizational: ["strategy", "technology", "measurement", "security-and-privacy", "financial-effectiveness"],
      people: ["expertise", "culture"],
    });
  });

  it("has the 5 levels in rank order with their names", () => {
    expect(mpem.levels.map((level) => [level.rank, level.id, level.name])).toEqual([
      [1, "basic", "Basic"],
      [2, "foundational", "Foundational"],
      [3, "intermediate", "Intermediate"],
      [4, "mature", "Mature"],
      [5, "leader", "Leader"],
    ]);
    expect(mpem.levels.map((level) => level.summary.length)).toEqual([1, 1, 2, 2, 3]);
  });

  it("has 55 non-empty descriptors, one per dimension and level", () => {
    const descriptors = mpem.dimensions.flatMap((dimension) => mpem.levels.map((level) => dimension.descriptors[level.id]));
    expect(descriptors).toHaveLength(55);
    expect(descriptors.every((descriptor) => typeof descriptor === "string" && descriptor.length > 10)).toBe(true);
    expect(new Set(descriptors).size).toBe(55);
  });

  it("keeps the source's words, spot-checked", () => {
    const descriptor = (dimensionId: string, levelId: string) => (mpem.dimensions.find((dimension) => dimension.id === dimensionId)?.descriptors as Record<string, string> | undefined)?.[levelId];
    expect(descriptor("extent", "mature")).toBe("Personas & dynamic segmentation, insights driven /predictive.");
    expect(descriptor("channel-reach", "mature")).toBe("Multi-channel - includes mobile as well as physical channels such as store or point of sale.");
    expect(descriptor("accuracy-and-learnability", "leader")).toContain("considered in AI algorithms");
    expect(descriptor("strategy", "leader")).toContain("high level strategy plan. Progress on this roadmap");
    expect(descriptor("culture", "basic")).toBe("No organizational culture when it comes to personalization. Most implementations are based on individual efforts.");
    expect(mpem.levels[3]?.summary[0]).toContain("have a well-defined approach to define personas");
    // Section 6, the imbalance example shown with the results' imbalance warning.
    expect(mpem.scoring.imbalanceNote).toContain("is at Level 5 in terms of technology, its processes may still be at Level 1");
  });

  it("keeps every level descriptor word for word as the source has it, apart from the repairs listed", () => {
    // The extraction's artefacts, undone the way mpem.ts says: tags and line-break hyphens removed,
    // whitespace collapsed; then the two repairs made by hand (an OCR "Al" for "AI", and a full stop
    // lost at a line end). Anything else that differs from the source fails here.
    const normalize = (text: string) =>
      text
        .replace(/<\/?[a-z]+>/g, " ")
        .replace(/(\w)- (\w)/g, "$1$2")
        .replace(/\s+/g, " ")
        .trim();
    const repairs: [extracted: string, repaired: string][] = [
      ["considered in Al algorithms", "considered in AI algorithms"],
      ["high level strategy plan Progress on this roadmap", "high level strategy plan. Progress on this roadmap"],
    ];
    const source = repairs.reduce((text, [extracted, repaired]) => text.replace(extracted, repaired), normalize(readSharedSeed("000_35bf823459a7e8c0.txt")));
    const differing = mpem.dimensions.flatMap((dimension) =>
      Object.entries(dimension.descriptors as Record<string, string>)
        .filter(([, text]) => !source.includes(normalize(text)))
        .map(([levelId]) => `${dimension.id}.${levelId}`),
    );
    expect(differing).toEqual([]);
  });

  it("points every business outcome at existing dimensions", () => {
    const ids = new Set(mpem.dimensions.map((dimension) => dimension.id));
    expect(mpem.outcomes).toHaveLength(7);
    for (const outcome of mpem.outcomes) for (const id of outcome.dimensionIds) expect(ids.has(id), `${outcome.id} → ${id}`).toBe(true);
    expect(mpem.outcomes.filter((outcome) => outcome.nameSource === "editorial").map((outcome) => outcome.name)).toEqual(["Understand customers"]);
  });

  it("keeps its ids stable: renaming one is a breaking change to stored rounds", () => {
    expect(mpem.dimensions.map((dimension) => dimension.id)).toEqual([
      "extent",
      "channel-reach",
      "accuracy-and-learnability",
      "scope",
      "strategy",
      "technology",
      "measurement",
      "security-and-privacy",
      "financial-effectiveness",
      "expertise",
      "culture",
    ]);
    expect(mpem.outcomes.map((outcome) => outcome.id)).toEqual([
      "widen-reach",
      "sell-more",
      "repeat-sell",
      "convert-faster",
      "increase-satisfaction",
      "create-differentiated-experiences",
      "understand-customers",
    ]);
  });

  it("contains no extraction artefacts anywhere", () => {
    const artefacts = [
      /[a-z]- [a-z]/i, // a word hyphenated across a line break ("personaliza- tion")
      /[<>■•\t\n]/, // list markup, bullets, cell and line breaks
      / {2}/,
      /^\s|\s$/,
      /\bmerease\b/i,
      /\bCroate\b/,
      /life tie\b/,
      /\bAl\b/, // "Al algorithms" for "AI algorithms"
      /effectiven\b/,
      /\bencompasse\b/,
      /\bimpact o\b/,
      /\bdetignition\b/,
      /\bdata e\b/, // Table 1's truncated Technology cell
      /\bplan Progress\b/, // Strategy level 5's lost full stop
    ];
    const offenders = allStrings(mpem).filter(({ text }) => artefacts.some((pattern) => pattern.test(text)));
    expect(offenders).toEqual([]);
  });

  it("has unique kebab-case ids in every collection, and pins levels and categories", () => {
    const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    for (const ids of [mpem.levels, mpem.categories, mpem.dimensions, mpem.outcomes].map((items) => items.map((item) => item.id))) {
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
    }
    expect(kebab.test(mpem.id)).toBe(true);
    expect(mpem.levels.map((level) => level.id)).toEqual(["basic", "foundational", "intermediate", "mature", "leader"]);
    expect(mpem.categories.map((category) => [category.id, category.shortName])).toEqual([
      ["functional", "Functional"],
      ["organizational", "Organizational"],
      ["people", "People"],
    ]);
  });

  it("keeps the literal id types", () => {
    expectTypeOf<MpemLevelId>().toEqualTypeOf<"basic" | "foundational" | "intermediate" | "mature" | "leader">();
    expectTypeOf<MpemCategoryId>().toEqualTypeOf<"functional" | "organizational" | "people">();
    expectTypeOf<MpemDimensionId>().toEqualTypeOf<
      | "extent"
      | "channel-reach"
      | "accuracy-and-learnability"
      | "scope"
      | "strategy"
      | "technology"
      | "measurement"
      | "security-and-privacy"
      | "financial-effectiveness"
      | "expertise"
      | "culture"
    >();
  });

  it("takes includes from Table 3 and summary from Table 1, keeping Strategy's list as a list", () => {
    const dimension = (id: MpemDimensionId) => getDimension(mpem, id);
    expect(dimension("strategy")?.includes).toBe("Strategy as well as a roadmap for personalization for meeting specific objectives, including:");
    expect(dimension("strategy")?.includesItems).toEqual(["Mission", "Leadership", "Top management commitment"]);
    expect(dimension("extent")?.summary).toBe("Extent and complexity of personalization capabilities. Also included is the degree of automation.");
    expect(dimension("extent")?.includes).toBe("Extent and complexity of personalization capabilities and degree of automation");
    // Table 1's Technology cell is truncated in the extraction, so both fields carry Table 3's text.
    expect(dimension("technology")?.summary).toBe(dimension("technology")?.includes);
    expect(dimension("measurement")?.summary).toBe("Extent of reporting and analytics capabilities to measure impact of personalization.");
  });

  it("records where outcome names and dimension names are ours, not the source's", () => {
    const notes = Object.fromEntries(mpem.outcomes.map((outcome) => [outcome.id, "note" in outcome ? outcome.note : undefined]));
    expect(notes["sell-more"]).toContain('"Strategy and vision"');
    expect(notes["convert-faster"]).toContain('"Reach"');
    expect(notes["create-differentiated-experiences"]).toContain('"Accuracy"');
    expect(notes["understand-customers"]).toContain("without an outcome name");
    expect(mpem.outcomes.find((outcome) => outcome.id === "repeat-sell")?.scenarios).toContain(
      "Targeting based on product or service characteristics such as consumption pattern, frequency, desired life time",
    );
  });

  it("says it is an adaptation of the CC BY-SA original by Mindtree", () => {
    expect(mpem.source.author).toBe("Mindtree");
    expect(mpem.source.license).toContain("Attribution-ShareAlike");
    expect(mpem.source.title).toBe("Mindtree Personalization Effectiveness Model");
    expect(mpem.source.version).toBe("1.0");
    expect(mpem.source.licenseUrl).toBe("https://creativecommons.org/licenses/by-sa/4.0/");
    expect(mpem.source.licenseNote).toMatch(/without a version/);
    expect(mpem.source.notice).toMatch(/adaptation/);
    expect(mpem.source.notice).toMatch(/same licence/);
  });

  it("is found in the registry by id and version", () => {
    expect(getBuiltInFramework("mpem", "1.0")).toBe(mpem);
    expect(findBuiltInFramework("toString", "1.0")).toBeUndefined();
  });
});
