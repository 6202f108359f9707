import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { findModelForPage, otherModelLinks } from "@/features/model/model-catalog";
import { ModelReference } from "@/features/model/model-reference";

// Every built-in framework by id: the latest version, or `?version=` for an older one. An unknown id
// or version is a 404, never another framework.

async function findFramework({ params, searchParams }: PageProps<"/model/[frameworkId]">) {
  const { frameworkId } = await params;
  const { version } = await searchParams;
  if (Array.isArray(version)) return undefined;
  return findModelForPage(frameworkId, version);
}

export async function generateMetadata(props: PageProps<"/model/[frameworkId]">): Promise<Metadata> {
  const framework = await findFramework(props);
  return framework ? { title: framework.name, description: `${framework.name}: what it measures, its levels and a descriptor for every dimension at every level.` } : {};
}

export default async function FrameworkModelPage(props: PageProps<"/model/[frameworkId]">) {
  const framework = await findFramework(props);
  if (!framework) notFound();
  return <ModelReference framework={framework} otherModels={otherModelLinks({ frameworkId: framework.id })} />;
}
