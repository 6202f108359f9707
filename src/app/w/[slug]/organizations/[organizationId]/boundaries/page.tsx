import type { Metadata } from "next";
import Link from "next/link";

import { can } from "@/domain/access/permissions";
import { boundariesRule } from "@/domain/boundaries";
import { saveBoundariesReviewAction } from "@/features/boundaries/boundaries-actions";
import { BoundariesForm } from "@/features/boundaries/boundaries-form";
import { BoundariesReviewView } from "@/features/boundaries/boundaries-review-view";
import { draftFromReview } from "@/features/boundaries/review-form-data";
import { requireActor } from "@/server/auth/session";
import { getBoundariesReview } from "@/server/boundaries";
import { getOrganization } from "@/server/organizations";
import { loadForPage } from "@/server/outcomes";
import { getWorkspace } from "@/server/workspaces";

export const metadata: Metadata = { title: "Boundaries review" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function BoundariesReviewPage({ params }: PageProps<"/w/[slug]/organizations/[organizationId]/boundaries">) {
  const { slug, organizationId } = await params;
  const path = `/w/${slug}/organizations/${organizationId}/boundaries`;
  const actor = await requireActor(path);
  const [workspace, organization, saved] = await loadForPage(
    () => Promise.all([getWorkspace(actor, slug), getOrganization(actor, slug, organizationId), getBoundariesReview(actor, slug, organizationId)]),
    path,
  );
  const canEdit = can(workspace.role, "boundaries.manage");
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <p className="text-sm text-ink-muted">
          <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${organization.id}`}>
            {organization.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">Boundaries review</h1>
        <p className="text-ink-muted">
          Where {organization.name} risks making personalization feel intrusive (the Seven Deadly Sins), and which governance is in place to keep
          it within bounds. {boundariesRule} When a round&apos;s levels are high on the dimensions that rest on personal data while a sin is
          marked exposed, its results say so.{" "}
          <Link className="text-brand-700 underline" href="/model/boundaries">
            About the sins and the tiers
          </Link>
        </p>
        <p className="text-sm font-medium" role="status">
          {saved ? `Last saved by ${saved.reviewedByName}, ${dateFormat.format(saved.reviewedAt)} UTC.` : "Not reviewed yet."}
        </p>
      </header>
      {canEdit ? (
        <BoundariesForm action={saveBoundariesReviewAction.bind(null, slug, organization.id)} initial={draftFromReview(saved?.review ?? null)} />
      ) : saved ? (
        <BoundariesReviewView review={saved.review} />
      ) : (
        <p className="text-ink-muted">A consultant has not reviewed this organization&apos;s boundaries yet.</p>
      )}
    </div>
  );
}
