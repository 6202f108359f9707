import { describe, expect, it } from "vitest";

import type { Framework } from "@/domain/framework/framework-schema";
import { mpem } from "@/domain/frameworks/mpem";
import { tcsDataMaturity } from "@/domain/frameworks/tcs-data-maturity";

import { defaultFrameworkChoice, frameworkOptionGroups } from "./framework-options";

const acme = (version: string): Framework => ({ ...tcsDataMaturity, id: "acme", name: "Acme Model", shortName: "Acme", version });
const imported = (version: string) => ({ framework: acme(version), importedAt: new Date(), importedByName: "Connie" });

describe("framework options for a new round", () => {
  it("lists the built-in frameworks, then each imported model's versions, latest first", () => {
    expect(frameworkOptionGroups({ builtIn: [mpem, tcsDataMaturity], imported: [[imported("2.0"), imported("1.0")]] })).toEqual([
      {
        label: "Built in",
        options: [
          { value: "mpem@1.0", label: "MPEM 1.0: Mindtree Personalization Effectiveness Model (11 dimensions, 5 levels)" },
          { value: "tcs-data-maturity@1.0", label: "TCS data maturity 1.0: TCS Personalized Data Maturity Model (4 dimensions, 3 levels)" },
        ],
      },
      {
        label: "Imported by this workspace",
        options: [
          { value: "acme@2.0", label: "Acme 2.0: Acme Model (4 dimensions, 3 levels)" },
          { value: "acme@1.0", label: "Acme 1.0: Acme Model (4 dimensions, 3 levels) · older version" },
        ],
      },
    ]);
  });

  it("leaves out the imported group when there is none, and defaults to MPEM", () => {
    expect(frameworkOptionGroups({ builtIn: [mpem], imported: [] }).map((group) => group.label)).toEqual(["Built in"]);
    expect(defaultFrameworkChoice).toBe("mpem@1.0");
  });
});
