import type { Prisma } from "../../src/generated/prisma/client";
import { seedClosedRound, type DemoPerson } from "./demo-rounds";

// Acme Retail, re-assessed every six months: H2 2025, then H1 2026. The answers tell a believable
// story: IT rates technology high and marketing low, leadership is optimistic about strategy,
// everyone wants more reach. Between the two rounds five dimensions moved up a level (and reached
// the level H2 2025 said was needed), culture slipped, the rest held. One person left after H2 2025
// and one joined for H1 2026, so a newcomer sees deltas, "target reached" marks and a trend at once.

const GROUPS = ["Marketing", "IT", "Leadership"];

const person = (displayName: string, group: string): DemoPerson => ({
  displayName,
  group,
  email: `${displayName.toLowerCase().replace(/\s+/g, ".")}@acme-retail.example`,
});

const PEOPLE_H1_2026: DemoPerson[] = [
  person("Maya Marketing", "Marketing"), person("Marco Campaigns", "Marketing"), person("Mina Content", "Marketing"), person("Milo Loyalty", "Marketing"),
  person("Ivan Platform", "IT"), person("Ines Data", "IT"), person("Igor Security", "IT"), person("Isla Architecture", "IT"),
  person("Leah Strategy", "Leadership"), person("Liam Finance", "Leadership"), person("Lena Operations", "Leadership"), person("Luca Customer", "Leadership"),
];
/** Luca joined for H1 2026; Nora (Marketing) took part in H2 2025 and left. */
const LEFT_AFTER_H2_2025 = person("Nora Analytics", "Marketing");
const PEOPLE_H2_2025: DemoPerson[] = [...PEOPLE_H1_2026.filter((entry) => entry.displayName !== "Luca Customer"), LEFT_AFTER_H2_2025];

const TODAY_BY_GROUP: Record<string, Record<string, number>> = {
  Marketing: { extent: 2, "channel-reach": 2, "accuracy-and-learnability": 1, scope: 2, strategy: 2, technology: 2, measurement: 2, "security-and-privacy": 3, "financial-effectiveness": 2, expertise: 2, culture: 2 },
  IT: { extent: 2, "channel-reach": 3, "accuracy-and-learnability": 2, scope: 2, strategy: 1, technology: 4, measurement: 2, "security-and-privacy": 4, "financial-effectiveness": 2, expertise: 3, culture: 1 },
  Leadership: { extent: 3, "channel-reach": 3, "accuracy-and-learnability": 2, scope: 3, strategy: 3, technology: 3, measurement: 2, "security-and-privacy": 3, "financial-effectiveness": 3, expertise: 2, culture: 3 },
};

/** How far each dimension moved from H2 2025 to H1 2026. */
export const ACME_MOVEMENT: Record<string, number> = {
  extent: 1, "channel-reach": 1, "accuracy-and-learnability": 0, scope: 1, strategy: 0, technology: 1,
  measurement: 0, "security-and-privacy": 0, "financial-effectiveness": 1, expertise: 0, culture: -1,
};

const clamp = (value: number) => Math.min(5, Math.max(1, value));

/** One person's level today in H1 2026: the group's view with a little individual spread. */
function levelInH1(group: string, index: number, dimensionId: string, dimensionIndex: number): number {
  const base = TODAY_BY_GROUP[group]![dimensionId]!;
  return clamp(base + ((index + dimensionIndex) % 3 === 0 ? 1 : 0) - ((index * dimensionIndex) % 5 === 4 ? 1 : 0));
}

const stretch = (dimensionId: string) => (dimensionId === "channel-reach" || dimensionId === "strategy" ? 2 : 1);

export async function seedAcmeRetail(tx: Prisma.TransactionClient, organizationId: string) {
  const earlier = await seedClosedRound(tx, {
    organizationId,
    name: "H2 2025",
    groups: GROUPS,
    opensOn: "2025-11-03",
    closesOn: "2025-11-14",
    people: PEOPLE_H2_2025,
    answer: (entry, index, dimensionId, dimensionIndex) => {
      const current = clamp(levelInH1(entry.group, index, dimensionId, dimensionIndex) - ACME_MOVEMENT[dimensionId]!);
      return {
        current,
        target: current + 1,
        comment: dimensionIndex === (index + 3) % 11 ? `${entry.displayName.split(" ")[0]}: first time we looked at this together.` : null,
      };
    },
  });
  return seedClosedRound(tx, {
    organizationId,
    name: "H1 2026",
    groups: GROUPS,
    opensOn: "2026-05-04",
    closesOn: "2026-05-15",
    previousRoundId: earlier.id,
    people: PEOPLE_H1_2026,
    answer: (entry, index, dimensionId, dimensionIndex) => {
      const current = levelInH1(entry.group, index, dimensionId, dimensionIndex);
      const dontKnow = entry.group === "Leadership" && dimensionId === "security-and-privacy" && index % 2 === 0;
      return {
        current: dontKnow ? null : current,
        target: current + stretch(dimensionId),
        comment: dimensionIndex === index % 11 ? `${entry.displayName.split(" ")[0]}: we discussed this in the ${entry.group} team.` : null,
      };
    },
  });
}
