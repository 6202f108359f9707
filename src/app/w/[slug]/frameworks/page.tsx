import type { Metadata } from "next";

import { can } from "@/domain/access/permissions";
import { importFrameworkAction } from "@/features/frameworks/framework-actions";
import { BuiltInFrameworkList, ImportedFrameworkList } from "@/features/frameworks/framework-list";
import { ImportFrameworkForm } from "@/features/frameworks/import-framework-form";
import { modelPagePath } from "@/features/model/model-catalog";
import { requireActor } from "@/server/auth/session";
import { listFrameworks } from "@/server/frameworks";
import { loadForPage } from "@/server/outcomes";
import { getWorkspace } from "@/server/workspaces";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworksPage({ params }: PageProps<"/w/[slug]/frameworks">) {
  const { slug } = await params;
  const path = `/w/${slug}/frameworks`;
  const actor = await requireActor(path);
  const [workspace, { builtIn, imported }] = await loadForPage(() => Promise.all([getWorkspace(actor, slug), listFrameworks(actor, slug)]), path);
  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">Frameworks</h1>
        <p className="text-ink-muted">
          The models a round can run on. Each round keeps the framework and version it was created with, so importing a new version of a model never
          changes a round already run on an older one.
        </p>
      </header>
      <section aria-labelledby="built-in-title" className="space-y-3">
        <h2 id="built-in-title" className="text-xl font-semibold">
          Built in
        </h2>
        <BuiltInFrameworkList frameworks={builtIn.map((framework) => ({ framework, href: modelPagePath(framework) }))} />
      </section>
      <section aria-labelledby="imported-title" className="space-y-3">
        <h2 id="imported-title" className="text-xl font-semibold">
          Imported by {workspace.name}
        </h2>
        <p className="max-w-3xl text-sm text-ink-muted">Only members of this workspace can see these models.</p>
        <ImportedFrameworkList slug={slug} imported={imported} />
      </section>
      {can(workspace.role, "framework.import") ? (
        <section aria-labelledby="import-title" className="space-y-3">
          <h2 id="import-title" className="text-xl font-semibold">
            Import a model
          </h2>
          <p className="max-w-3xl text-sm text-ink-muted">
            A JSON or YAML file in the same shape as the built-in models: id, version, name, short name, purpose, source, scoring, levels,
            categories, dimensions and outcomes. To change a model, import it again with a new version; a version, once imported, is never
            replaced.
          </p>
          <ImportFrameworkForm action={importFrameworkAction.bind(null, slug)} />
        </section>
      ) : null}
    </div>
  );
}
