import { describe, expect, it } from "vitest";

import type { Framework } from "@/domain/framework/framework-schema";
import { mpem } from "@/domain/frameworks/mpem";
import { tcsDataMaturity } from "@/domain/frameworks/tcs-data-maturity";

import { compareVersions, findModelForPage, latestFrameworks, listVersions, modelPagePath, otherModelLinks } from "./model-catalog";

const tcsNext: Framework = { ...tcsDataMaturity, version: "1.10" };
const tcsOlder: Framework = { ...tcsDataMaturity, version: "0.9" };
const catalog: readonly Framework[] = [mpem, tcsNext, tcsDataMaturity, tcsOlder];

describe("model pages and versions", () => {
  it("orders versions numerically", () => {
    expect(["1.10", "1.9", "2.0", "1.0"].sort(compareVersions)).toEqual(["1.0", "1.9", "1.10", "2.0"]);
    expect(listVersions("tcs-data-maturity", catalog).map((framework) => framework.version)).toEqual(["0.9", "1.0", "1.10"]);
    expect(latestFrameworks(catalog)).toEqual([mpem, tcsNext]);
  });

  it("shows the latest version unless one is asked for, and nothing for an unknown id or version", () => {
    expect(findModelForPage("tcs-data-maturity", undefined, catalog)?.version).toBe("1.10");
    expect(findModelForPage("tcs-data-maturity", "0.9", catalog)?.version).toBe("0.9");
    expect(findModelForPage("tcs-data-maturity", "7.0", catalog)).toBeUndefined();
    expect(findModelForPage("boundaries", undefined, catalog)).toBeUndefined();
    expect(findModelForPage("tcs-data-maturity", undefined)).toBe(tcsDataMaturity);
  });

  it("links the latest version by id alone, older ones with their version, and MPEM at /model", () => {
    expect(modelPagePath(tcsNext, catalog)).toBe("/model/tcs-data-maturity");
    expect(modelPagePath(tcsOlder, catalog)).toBe("/model/tcs-data-maturity?version=0.9");
    expect(modelPagePath(mpem, catalog)).toBe("/model");
  });

  it("links every other model and the boundaries page", () => {
    expect(otherModelLinks({ frameworkId: "mpem" })).toEqual([
      { href: "/model/tcs-data-maturity", name: "TCS Personalized Data Maturity Model", description: "4 dimensions, 3 levels" },
      { href: "/model/boundaries", name: "Personalization boundaries", description: "the Seven Deadly Sins and four tiers of governance" },
    ]);
    expect(otherModelLinks({ frameworkId: "tcs-data-maturity" }, catalog).map((link) => link.href)).toEqual(["/model", "/model/boundaries"]);
    expect(otherModelLinks({ isBoundaries: true }).map((link) => link.href)).toEqual(["/model", "/model/tcs-data-maturity"]);
  });
});
