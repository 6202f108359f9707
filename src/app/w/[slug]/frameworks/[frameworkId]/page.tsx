import type { Metadata } from "next";

import { importedFrameworkPath } from "@/features/frameworks/framework-paths";
import { ModelReference } from "@/features/model/model-reference";
import { requireActor } from "@/server/auth/session";
import { getImportedFramework } from "@/server/frameworks";
import { loadForPage } from "@/server/outcomes";

// One version of a model the workspace imported (the latest unless `?version=` names another), shown
// as the built-in models are. Members of the workspace only; anyone else gets a 404.

export const metadata: Metadata = { title: "Imported framework" };

export default async function ImportedFrameworkPage({ params, searchParams }: PageProps<"/w/[slug]/frameworks/[frameworkId]">) {
  const { slug, frameworkId } = await params;
  const { version } = await searchParams;
  const path = `/w/${slug}/frameworks/${frameworkId}`;
  const actor = await requireActor(path);
  const { current, versions } = await loadForPage(() => getImportedFramework(actor, slug, frameworkId, typeof version === "string" ? version : undefined), path);
  const otherVersions = versions
    .filter((entry) => entry.framework.version !== current.framework.version)
    .map((entry) => ({
      href: importedFrameworkPath(slug, entry.framework),
      name: `Version ${entry.framework.version}`,
      description: `${entry === versions[0] ? "the latest, " : ""}imported by ${entry.importedByName}`,
    }));
  return <ModelReference framework={current.framework} otherModels={otherVersions} otherModelsTitle="Other versions of this model" />;
}
