import type { Metadata } from "next";
import Link from "next/link";

import { can } from "@/domain/access/permissions";
import { roundStandings } from "@/domain/history/round-standing";
import { countReview } from "@/domain/boundaries";
import { BoundariesSummaryLine } from "@/features/boundaries/boundaries-summary";
import { ActionButtonForm } from "@/components/form/action-button-form";
import { ClientAccessPanel } from "@/features/client-access/client-access-panel";
import { DeleteOrganization } from "@/features/organizations/delete-organization";
import { deleteOrganizationAction, setArchivedAction, updateOrganizationAction } from "@/features/organizations/organization-actions";
import { OrganizationForm } from "@/features/organizations/organization-form";
import { ReassessmentNotice } from "@/features/organizations/reassessment-notice";
import { CreateRoundForm } from "@/features/rounds/create-round-form";
import { frameworkOptionGroups } from "@/features/rounds/framework-options";
import { createRoundAction } from "@/features/rounds/round-actions";
import { RoundList } from "@/features/rounds/round-list";
import { requireActor } from "@/server/auth/session";
import { getBoundariesReview } from "@/server/boundaries";
import { listFrameworks } from "@/server/frameworks";
import { listClientAccess } from "@/server/client-access";
import { getOrganization, getOrganizationFootprint } from "@/server/organizations";
import { listShareLinks } from "@/server/share-links";
import { getReassessment } from "@/server/reassessment";
import { getOrganizationHistory } from "@/server/history";
import { listRounds } from "@/server/rounds";
import { loadForPage } from "@/server/outcomes";
import { getWorkspace } from "@/server/workspaces";

export const metadata: Metadata = { title: "Organization" };

/** Rounds happen every six months, so the default name is the half-year. */
function suggestRoundName(today: Date): string {
  return `H${today.getUTCMonth() < 6 ? 1 : 2} ${today.getUTCFullYear()}`;
}

export default async function OrganizationPage({ params }: PageProps<"/w/[slug]/organizations/[organizationId]">) {
  const { slug, organizationId } = await params;
  const path = `/w/${slug}/organizations/${organizationId}`;
  const actor = await requireActor(path);
  const [workspace, organization, rounds, frameworks, boundaries, history] = await loadForPage(
    () =>
      Promise.all([
        getWorkspace(actor, slug),
        getOrganization(actor, slug, organizationId),
        listRounds(actor, slug, organizationId),
        listFrameworks(actor, slug),
        getBoundariesReview(actor, slug, organizationId),
        // Closed rounds' published figures: each closed round's overall standing and its change.
        getOrganizationHistory(actor, slug, organizationId),
      ]),
    path,
  );
  const reassessment = await loadForPage(() => getReassessment(actor, slug, organization.id), path);
  const isArchived = organization.archivedAt !== null;
  const canDelete = can(workspace.role, "organization.delete");
  const footprint = canDelete ? await loadForPage(() => getOrganizationFootprint(actor, slug, organization.id), path) : null;
  const clientAccess = can(workspace.role, "client-access.manage")
    ? await loadForPage(() => Promise.all([listShareLinks(actor, slug, organization.id), listClientAccess(actor, slug, organization.id)]), path)
    : null;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{organization.name}</h1>
        <p className="mt-1 text-ink-muted">
          {organization.industry ?? "Industry not set"}
          {isArchived ? " · Archived" : ""}
        </p>
      </header>
      {isArchived ? null : <ReassessmentNotice slug={slug} {...reassessment} canManage={can(workspace.role, "round.manage")} />}
      <section aria-labelledby="rounds-title" className="space-y-4">
        <h2 id="rounds-title" className="text-lg font-semibold">
          Assessment rounds
        </h2>
        {rounds.some((round) => round.status === "CLOSED") ? (
          <p>
            <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${organization.id}/history`}>
              History and trend across rounds
            </Link>
            {" · "}
            <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${organization.id}/executive`}>
              Executive view (what client executives see)
            </Link>
          </p>
        ) : null}
        <RoundList slug={slug} rounds={rounds} standings={roundStandings(history.rounds)} />
        {can(workspace.role, "round.manage") && !isArchived ? (
          <details className="rounded-lg border border-line bg-surface p-4" open={rounds.length === 0}>
            <summary className="cursor-pointer font-medium">Start a new round</summary>
            <div className="mt-4">
              <CreateRoundForm
                action={createRoundAction.bind(null, slug, organization.id)}
                suggestedName={suggestRoundName(new Date())}
                frameworks={frameworkOptionGroups(frameworks)}
              />
            </div>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="boundaries-title" className="space-y-2">
        <h2 id="boundaries-title" className="text-lg font-semibold">
          Boundaries review
        </h2>
        <BoundariesSummaryLine
          href={`${path}/boundaries`}
          summary={boundaries ? countReview(boundaries.review) : null}
          reviewedAt={boundaries?.reviewedAt ?? null}
          reviewedByName={boundaries?.reviewedByName ?? null}
          canEdit={can(workspace.role, "boundaries.manage")}
        />
      </section>
      <section aria-labelledby="plan-title" className="space-y-2">
        <h2 id="plan-title" className="text-lg font-semibold">
          Plan
        </h2>
        <p>
          <Link className="font-medium text-brand-700 underline" href={`/w/${slug}/organizations/${organization.id}/plan`}>
            Outcomes, priorities, roadmap and KPIs
          </Link>
        </p>
        {can(workspace.role, "organization.export") ? (
          <p className="text-sm">
            <a className="text-brand-700 underline" href={`/w/${slug}/organizations/${organization.id}/export`} download>
              Export this organization (JSON)
            </a>{" "}
            <span className="text-ink-muted">: rounds, answers with participants&apos; names, consensus and plan, to back up or import into another workspace.</span>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="units-title">
        <h2 id="units-title" className="text-lg font-semibold">
          Business units
        </h2>
        {organization.businessUnits.length ? (
          <ul className="mt-2 list-disc pl-6">
            {organization.businessUnits.map((unit) => (
              <li key={unit}>{unit}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-ink-muted">None listed.</p>
        )}
      </section>
      {clientAccess ? (
        <section aria-labelledby="client-access-title" className="space-y-3">
          <h2 id="client-access-title" className="text-lg font-semibold">
            Client access
          </h2>
          <ClientAccessPanel slug={slug} organizationId={organization.id} organizationName={organization.name} links={clientAccess[0]} access={clientAccess[1]} />
        </section>
      ) : null}
      {can(workspace.role, "organization.update") ? (
        <section aria-labelledby="edit-title" className="space-y-3">
          <h2 id="edit-title" className="text-lg font-semibold">
            Edit details
          </h2>
          <OrganizationForm action={updateOrganizationAction.bind(null, slug, organization.id)} initial={organization} submitLabel="Save changes" />
        </section>
      ) : null}
      {can(workspace.role, "organization.archive") ? (
        <section aria-labelledby="archive-title" className="space-y-3">
          <h2 id="archive-title" className="text-lg font-semibold">
            {isArchived ? "Restore" : "Archive"}
          </h2>
          <p className="text-sm text-ink-muted">
            {isArchived ? "Restoring brings the organization back to the active list." : "Archiving hides the organization from the active list. Nothing is deleted; you can restore it."}
          </p>
          <ActionButtonForm
            action={setArchivedAction.bind(null, slug, organization.id, !isArchived)}
            label={isArchived ? "Restore organization" : "Archive organization"}
            pendingLabel={isArchived ? "Restoring…" : "Archiving…"}
            variant="secondary"
          />
        </section>
      ) : null}
      {footprint ? (
        <section aria-labelledby="delete-title" className="space-y-3">
          <h2 id="delete-title" className="text-lg font-semibold">
            Delete
          </h2>
          <DeleteOrganization name={organization.name} footprint={footprint} action={deleteOrganizationAction.bind(null, slug, organization.id)} />
        </section>
      ) : null}
    </div>
  );
}
