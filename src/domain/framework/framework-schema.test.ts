import { describe, expect, it } from "vitest";

import { frameworkSchema, type Framework } from "./framework-schema";

// A second framework shaped like the planned TCS personalized data maturity model (4 aspects × 3
// levels): if this parses, adding it is a data file, not a code change.
const fixture: Framework = {
  id: "tcs-data-maturity",
  version: "test",
  name: "Personalized data maturity (test fixture)",
  shortName: "Data maturity",
  purpose: "how mature the use of personal data is",
  source: {
    title: "Fixture",
    author: "Tests",
    version: "0",
    license: "CC BY-SA",
    licenseUrl: "https://creativecommons.org/licenses/by-sa/4.0/",
    notice: "Invented for this test.",
  },
  scoring: { imbalanceThreshold: 1 },
  levels: [
    { id: "emerging", rank: 1, name: "Emerging", summary: ["First steps."] },
    { id: "practicing", rank: 2, name: "Practicing", summary: ["Doing it."] },
    { id: "leading", rank: 3, name: "Leading", summary: ["Ahead."] },
  ],
  categories: [{ id: "data", name: "Data", shortName: "Data" }],
  dimensions: ["contact-frequency", "personal-data-usage", "offer-positioning", "offer-messaging"].map((id) => ({
    id,
    categoryId: "data",
    name: id,
    shortName: id.slice(0, 16),
    includes: `About ${id}.`,
    summary: `About ${id}.`,
    descriptors: { emerging: "E.", practicing: "P.", leading: "L." },
  })),
  outcomes: [],
};

function messages(framework: unknown): string[] {
  return frameworkSchema.safeParse(framework).error?.issues.map((issue) => issue.message) ?? [];
}

describe("framework schema", () => {
  it("accepts a second framework of another size", () => {
    expect(messages(fixture)).toEqual([]);
  });

  it("names a missing descriptor", () => {
    const broken = structuredClone(fixture);
    delete (broken.dimensions[0]!.descriptors as Record<string, string>).leading;
    expect(messages(broken)).toEqual(['dimension "contact-frequency" has no descriptor for level "leading"']);
  });

  it("names an unknown category, level, or outcome dimension", () => {
    const broken = structuredClone(fixture);
    broken.dimensions[1]!.categoryId = "nowhere";
    (broken.dimensions[2]!.descriptors as Record<string, string>).expert = "X.";
    broken.outcomes = [{ id: "grow", name: "Grow", nameSource: "source", scenarios: ["S"], dimensionIds: ["ghost"] }];
    expect(messages(broken)).toEqual([
      'dimension "personal-data-usage" names unknown category "nowhere"',
      'dimension "offer-positioning" has a descriptor for unknown level "expert"',
      'outcome "grow" names unknown dimension "ghost"',
    ]);
  });

  it("names duplicate ids, bad ranks and non-kebab ids", () => {
    const broken = structuredClone(fixture);
    broken.dimensions[3]!.id = "contact-frequency";
    broken.levels[2]!.rank = 4;
    expect(messages(broken)).toEqual(['duplicate id "contact-frequency"', 'level "leading" has rank 4; ranks must run 1..3 in order']);
    expect(messages({ ...fixture, id: "Not Kebab" })).toEqual(["must be a kebab-case id such as channel-reach"]);
  });

  it("names an outcome that lists a dimension twice", () => {
    const broken = structuredClone(fixture);
    broken.outcomes = [{ id: "grow", name: "Grow", nameSource: "source", scenarios: ["S"], dimensionIds: ["offer-messaging", "offer-messaging"] }];
    expect(messages(broken)).toEqual(['outcome "grow" names dimension "offer-messaging" twice']);
  });

  it("refuses a misspelt key rather than dropping it", () => {
    const broken = structuredClone(fixture);
    Object.assign(broken.dimensions[0]!, { includeItems: ["Mission"] });
    expect(frameworkSchema.safeParse(broken).error?.issues).toMatchObject([{ code: "unrecognized_keys", keys: ["includeItems"], path: ["dimensions", 0] }]);
  });

  it("refuses fewer than two levels", () => {
    const broken = { ...structuredClone(fixture), levels: [fixture.levels[0]!] };
    expect(frameworkSchema.safeParse(broken).success).toBe(false);
  });

  it("refuses empty text", () => {
    const broken = structuredClone(fixture);
    (broken.dimensions[0]!.descriptors as Record<string, string>).emerging = "";
    expect(messages(broken)).toEqual(["must not be empty"]);
  });

  it("asks for a licence URL with a licence, and accepts a source that comes with none", () => {
    const unlicensed = structuredClone(fixture) as { source: Record<string, unknown> };
    delete unlicensed.source.license;
    delete unlicensed.source.licenseUrl;
    expect(messages(unlicensed)).toEqual([]);
    const halfLicensed = structuredClone(fixture) as { source: Record<string, unknown> };
    delete halfLicensed.source.licenseUrl;
    expect(messages(halfLicensed)).toEqual(["license and licenseUrl go together"]);
  });

  it("keeps chart labels short and the imbalance threshold inside the scale", () => {
    const broken = structuredClone(fixture);
    broken.dimensions[0]!.shortName = "A label far too long for an axis";
    broken.scoring = { imbalanceThreshold: 3 };
    expect(messages(broken)).toEqual([
      "must be at most 16 characters (it labels a chart axis)",
      "the imbalance threshold must be below the number of levels (3)",
    ]);
  });
});
