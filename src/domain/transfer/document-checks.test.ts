import { describe, expect, it } from "vitest";

import { findBuiltInFramework } from "../frameworks";
import { checkOrganizationDocument } from "./document-checks";
import { organizationDocumentSchema, type OrganizationDocument } from "./organization-document";

const at = "2026-01-01T00:00:00.000Z";

function document(): OrganizationDocument {
  return {
    format: "mpem-assessment/organization",
    version: 1,
    exportedAt: at,
    organization: { name: "Acme", industry: null, businessUnits: [], archived: false },
    rounds: [
      {
        key: "round-1",
        name: "H1",
        frameworkId: "tcs-data-maturity",
        frameworkVersion: "1.0",
        status: "CLOSED",
        opensOn: null,
        closesOn: null,
        groups: [],
        minGroupSize: 3,
        previousRoundKey: null,
        createdAt: at,
        openedAt: null,
        closedAt: null,
        participants: [
          {
            key: "participant-1",
            displayName: "Ann",
            email: null,
            group: null,
            withdrawn: false,
            createdAt: at,
            startedAt: null,
            submittedAt: null,
            answers: [{ dimensionId: "contact-frequency", currentLevel: 3, currentDontKnow: false, targetLevel: 3, targetDontKnow: false, comment: null, evidenceUrl: null }],
          },
        ],
        consensus: [],
      },
    ],
    plan: { outcomes: [], priorityOrders: [], actions: [], kpis: [] },
  };
}

describe("organization documents", () => {
  it("accept a sound document", () => {
    expect(organizationDocumentSchema.parse(document())).toEqual(document());
    expect(checkOrganizationDocument(document(), findBuiltInFramework)).toEqual([]);
  });

  it("check levels against each round's own framework (three levels here), not a fixed five", () => {
    const broken = document();
    broken.rounds[0]!.participants[0]!.answers[0]!.currentLevel = 4;
    expect(checkOrganizationDocument(broken, findBuiltInFramework)).toEqual(['Round "H1", Ann, contact-frequency: level 4 is above the model\'s top level 3.']);
  });

  it("refuse keys that point nowhere, duplicates, outcomes the model lacks and unknown models", () => {
    const broken = document();
    broken.rounds[0]!.previousRoundKey = "round-7";
    broken.plan.outcomes.push({ frameworkId: "tcs-data-maturity", outcomeId: "sell-more", weight: 3 });
    broken.plan.kpis.push({ name: "X", catalogKey: null, unit: "%", direction: "HIGHER_IS_BETTER", createdAt: at, values: [{ roundKey: "round-2", value: 1 }] });
    broken.plan.kpis.push({ name: "X", catalogKey: null, unit: "%", direction: "HIGHER_IS_BETTER", createdAt: at, values: [] });
    broken.rounds.push({ ...broken.rounds[0]!, key: "round-1", frameworkId: "made-up" });
    expect(checkOrganizationDocument(broken, findBuiltInFramework)).toEqual([
      'Round key "round-1" is used twice.',
      'Two rounds are named "H1".',
      'Round "H1" follows a round "round-7" that is not in the file.',
      'Round "H1" follows a round "round-7" that is not in the file.',
      'Round "H1" uses the model "made-up" version 1.0, which this workspace does not have.',
      'Target outcome "sell-more" is not in the model "tcs-data-maturity" of any round.',
      'Two KPIs are named "X".',
      'KPI "X" has a value for a round "round-2" that is not in the file.',
    ]);
  });

  it("refuse unknown fields and foreign formats in the schema", () => {
    expect(organizationDocumentSchema.safeParse({ ...document(), extra: 1 }).success).toBe(false);
    expect(organizationDocumentSchema.safeParse({ ...document(), version: 2 }).success).toBe(false);
  });
});
