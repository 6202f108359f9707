import type { Metadata } from "next";

import { defaultFramework } from "@/domain/frameworks";
import { otherModelLinks } from "@/features/model/model-catalog";
import { ModelReference } from "@/features/model/model-reference";

export const metadata: Metadata = {
  title: "The model",
  description: "The Mindtree Personalization Effectiveness Model: categories, dimensions, levels and business outcomes.",
};

export default function ModelPage() {
  return <ModelReference framework={defaultFramework} otherModels={otherModelLinks({ frameworkId: defaultFramework.id })} />;
}
