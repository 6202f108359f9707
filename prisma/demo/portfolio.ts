import { mpem } from "../../src/domain/frameworks/mpem";
import type { Prisma } from "../../src/generated/prisma/client";
import { createOrganization } from "./records";
import { seedClosedRound, type DemoPerson } from "./demo-rounds";

// Two more clients of the demo consultancy, each with one closed round, so the workspace's portfolio
// (a heatmap of every organization's latest round) has more than one row: a bank strong on security
// and weak on reach, a telecom with the data and channels but little measurement. Their rounds closed
// at different times, so one organization is overdue, one due soon and one scheduled (as of late 2026).

type Profile = Record<string, number>;

const DIMENSION_IDS = mpem.dimensions.map((dimension) => dimension.id);
const profile = (levels: number[]): Profile => Object.fromEntries(DIMENSION_IDS.map((id, index) => [id, levels[index]!]));

const people = (domain: string, entries: [string, string][]): DemoPerson[] =>
  entries.map(([displayName, group]) => ({ displayName, group, email: `${displayName.toLowerCase().replace(/\s+/g, ".")}@${domain}` }));

const CLIENTS = [
  {
    organization: { name: "Northwind Bank", industry: "Banking", businessUnits: ["Retail banking", "Cards", "Wealth"] },
    round: { name: "H1 2026", opensOn: "2026-06-01", closesOn: "2026-06-12", groups: ["Digital", "Risk"] },
    people: people("northwind-bank.example", [
      ["Dora Digital", "Digital"], ["Dev Mobile", "Digital"], ["Dina Web", "Digital"],
      ["Rita Risk", "Risk"], ["Rob Compliance", "Risk"], ["Rui Audit", "Risk"],
    ]),
    //            extent reach acc scope strat tech meas sec fin exp cult
    today: profile([2, 1, 2, 2, 3, 3, 2, 4, 2, 2, 2]),
    needed: profile([3, 3, 3, 3, 4, 4, 3, 4, 3, 3, 3]),
  },
  {
    organization: { name: "Globex Telecom", industry: "Telecommunications", businessUnits: ["Consumer", "Business"] },
    round: { name: "H2 2026", opensOn: "2026-09-21", closesOn: "2026-10-02", groups: ["Marketing", "Technology"] },
    people: people("globex-telecom.example", [
      ["Gina Growth", "Marketing"], ["Gus Brand", "Marketing"], ["Gia Retention", "Marketing"],
      ["Tom Network", "Technology"], ["Tara Data", "Technology"],
    ]),
    today: profile([3, 4, 3, 3, 2, 4, 1, 3, 2, 3, 2]),
    needed: profile([4, 4, 4, 4, 3, 4, 3, 4, 3, 4, 3]),
  },
];

export async function seedPortfolio(tx: Prisma.TransactionClient, workspaceId: string) {
  for (const client of CLIENTS) {
    const organization = await createOrganization(tx, workspaceId, client.organization);
    await seedClosedRound(tx, {
      organizationId: organization.id,
      ...client.round,
      people: client.people,
      // A spread of one level either way between people, so medians and spreads look real.
      answer: (_person, index, dimensionId, dimensionIndex) => {
        const shift = (index + dimensionIndex) % 4 === 0 ? 1 : (index * 3 + dimensionIndex) % 5 === 0 ? -1 : 0;
        return { current: client.today[dimensionId]! + shift, target: client.needed[dimensionId]! };
      },
    });
  }
}
