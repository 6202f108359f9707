import type { Metadata } from "next";

import { BoundariesReference } from "@/features/model/boundaries-reference";
import { latestFrameworks, otherModelLinks } from "@/features/model/model-catalog";

export const metadata: Metadata = {
  title: "Personalization boundaries",
  description: "The Seven Deadly Sins of personalization and the four tiers that govern it, for a boundaries review.",
};

export default function BoundariesPage() {
  return <BoundariesReference frameworks={latestFrameworks()} otherModels={otherModelLinks({ isBoundaries: true })} />;
}
