import type { Metadata } from "next";
import Link from "next/link";

import { can } from "@/domain/access/permissions";
import { PlanPage } from "@/features/plan/plan-page";
import { RoundPicker } from "@/features/plan/round-picker";
import { requireActor } from "@/server/auth/session";
import { loadForPage } from "@/server/outcomes";
import { loadPlan } from "@/server/plan/plan-data";

export const metadata: Metadata = { title: "Plan" };

export default async function OrganizationPlanPage({ params, searchParams }: PageProps<"/w/[slug]/organizations/[organizationId]/plan">) {
  const { slug, organizationId } = await params;
  const { round } = await searchParams;
  const path = `/w/${slug}/organizations/${organizationId}/plan`;
  const actor = await requireActor(path);
  const plan = await loadForPage(() => loadPlan(actor, slug, organizationId, { roundId: typeof round === "string" ? round : null }), path);
  const canEdit = can(plan.access.role, "plan.manage") && plan.organization.archivedAt === null;
  const base = plan.view.baseRound;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-ink-muted">
          <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${organizationId}`}>
            {plan.organization.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">Plan: {plan.organization.name}</h1>
        {base ? <RoundPicker rounds={plan.rounds} selected={base.id} /> : null}
      </header>
      {base ? (
        <PlanPage slug={slug} organizationId={organizationId} framework={plan.framework} rounds={plan.rounds} view={plan.view} canEdit={canEdit} levelsWithheld={plan.baseScores?.withheld ?? true} />
      ) : (
        <p className="text-ink-muted">The plan starts from an assessment: start a round for this organization first.</p>
      )}
    </div>
  );
}
