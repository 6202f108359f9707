import Link from "next/link";

import { can } from "@/domain/access/permissions";
import { createOrganizationAction } from "@/features/organizations/organization-actions";
import { OrganizationForm } from "@/features/organizations/organization-form";
import { arrangeByReassessment, readListView } from "@/features/organizations/arrange-by-reassessment";
import { OrganizationList } from "@/features/organizations/organization-list";
import { ReassessmentFilter } from "@/features/organizations/reassessment-filter";
import { ImportOrganizationForm } from "@/features/reports/import-organization-form";
import { requireActor } from "@/server/auth/session";
import { listOrganizations } from "@/server/organizations";
import { loadForPage } from "@/server/outcomes";
import { listReassessments } from "@/server/reassessment";
import { getWorkspace } from "@/server/workspaces";

export default async function OrganizationsPage({ params, searchParams }: PageProps<"/w/[slug]">) {
  const { slug } = await params;
  const query = await searchParams;
  const includeArchived = query.archived === "1";
  const actor = await requireActor(`/w/${slug}`);
  const [workspace, organizations] = await loadForPage(
    () => Promise.all([getWorkspace(actor, slug), listOrganizations(actor, slug, { includeArchived })]),
    `/w/${slug}`,
  );
  const reassessments = await loadForPage(() => listReassessments(actor, slug), `/w/${slug}`);
  const view = readListView(query);
  const listed = arrangeByReassessment(organizations, (id) => reassessments.get(id)?.state ?? null, view);
  const active = arrangeByReassessment(organizations, (id) => reassessments.get(id)?.state ?? null, { sort: "due", dueOnly: true });
  return (
    <div className="space-y-10">
      <section aria-labelledby="organizations-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="organizations-title" className="text-2xl font-bold text-brand-900">
            Organizations
          </h1>
          <span className="flex gap-4 text-sm">
            <Link className="text-brand-700 underline" href={`/w/${slug}/portfolio`}>
              Portfolio heatmap
            </Link>
            <Link className="text-brand-700 underline" href={includeArchived ? `/w/${slug}` : `/w/${slug}?archived=1`}>
              {includeArchived ? "Hide archived" : "Show archived"}
            </Link>
          </span>
        </div>
        {query.deleted === "1" ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
            The organization was deleted, with all its rounds and answers.
          </p>
        ) : null}
        {organizations.length > 0 ? (
          <ReassessmentFilter
            basePath={`/w/${slug}`}
            view={view}
            includeArchived={includeArchived}
            overdue={active.filter((organization) => organization.reassessment?.status === "overdue").map((organization) => organization.name)}
            dueCount={active.length}
          />
        ) : null}
        <OrganizationList slug={slug} organizations={listed} emptyText={view.dueOnly ? "No organization is overdue or due within 30 days." : undefined} />
      </section>
      {can(workspace.role, "organization.create") ? (
        <section aria-labelledby="new-organization-title" className="space-y-3">
          <h2 id="new-organization-title" className="text-lg font-semibold">
            Add an organization
          </h2>
          <OrganizationForm action={createOrganizationAction.bind(null, slug)} submitLabel="Add organization" />
        </section>
      ) : null}
      {can(workspace.role, "organization.create") ? (
        <section aria-labelledby="import-organization-title" className="space-y-3">
          <h2 id="import-organization-title" className="text-lg font-semibold">
            Import an organization
          </h2>
          <ImportOrganizationForm slug={slug} />
        </section>
      ) : null}
    </div>
  );
}
