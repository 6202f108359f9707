import type { Framework } from "@/domain/framework/framework-schema";

// The parts of a framework the live screens need, so the client bundle does not carry the rest.
export type WorkshopFramework = {
  levels: { id: string; rank: number; name: string }[];
  dimensions: { id: string; name: string; summary: string; descriptors: Readonly<Record<string, string>> }[];
};

export function toWorkshopFramework(framework: Framework): WorkshopFramework {
  return {
    levels: framework.levels.map(({ id, rank, name }) => ({ id, rank, name })),
    dimensions: framework.dimensions.map(({ id, name, summary, descriptors }) => ({ id, name, summary, descriptors })),
  };
}
