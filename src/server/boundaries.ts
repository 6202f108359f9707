import "server-only";

import { cache } from "react";

import { boundariesReviewSchema, governanceItemIds, type BoundariesReview } from "@/domain/boundaries";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError, type FieldErrors } from "@/server/errors";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";

// An organization's boundaries review: the seven sins (exposure, evidence, mitigation, owner) and the
// governance checklist. Consultants and owners save it, every member reads it. Each save is a new
// row; the latest is the review.

export type SavedBoundariesReview = { review: BoundariesReview; reviewedAt: Date; reviewedByName: string };

async function findOrganization(workspaceId: string, organizationId: string) {
  const organization = await getDb().organization.findFirst({ where: { id: String(organizationId), workspaceId }, select: { id: true, name: true } });
  if (!organization) throw new NotFoundError("organization");
  return organization;
}

/** The latest review, re-checked against today's schema (a stored review that no longer fits is an error, not data). */
const latestReview = cache(async (organizationId: string): Promise<SavedBoundariesReview | null> => {
  const row = await getDb().boundariesReview.findFirst({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { review: true, createdAt: true, reviewedByName: true },
  });
  if (!row) return null;
  return { review: boundariesReviewSchema.parse(row.review), reviewedAt: row.createdAt, reviewedByName: row.reviewedByName };
});

/** The organization's latest boundaries review, or null if none was saved yet. Any member. */
export async function getBoundariesReview(actor: Actor | null, slug: string, organizationId: string): Promise<SavedBoundariesReview | null> {
  const access = await requireWorkspacePermission(actor, slug, "organization.read");
  const organization = await findOrganization(access.workspace.id, organizationId);
  return latestReview(organization.id);
}

/** Field errors keyed as the form names its fields: "sins.<id>.evidence", "governance". */
function reviewFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.slice(0, 3).map(String).join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export async function saveBoundariesReview(actor: Actor | null, slug: string, organizationId: string, input: unknown): Promise<SavedBoundariesReview> {
  const access = await requireWorkspacePermission(actor, slug, "boundaries.manage");
  const organization = await findOrganization(access.workspace.id, organizationId);
  const parsed = boundariesReviewSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Check the highlighted fields.", reviewFieldErrors(parsed.error.issues));
  const review = parsed.data;
  const exposures = Object.values(review.sins).map((sin) => sin?.exposure ?? null);
  return getDb().$transaction(async (tx) => {
    const saved = await tx.boundariesReview.create({
      data: { organizationId: organization.id, review, reviewedById: access.actor.userId, reviewedByName: access.actor.name },
      select: { id: true, createdAt: true },
    });
    await recordAuditEvent(tx, {
      action: "boundaries.reviewed",
      workspaceId: access.workspace.id,
      actor: access.actor,
      targetType: "organization",
      targetId: organization.id,
      // Counts only: evidence and mitigations can name people and practices.
      details: {
        organization: organization.name,
        exposed: exposures.filter((exposure) => exposure === "yes").length,
        partly: exposures.filter((exposure) => exposure === "partly").length,
        "governance in place": `${Object.values(review.governance).filter(Boolean).length} of ${governanceItemIds.length}`,
      },
    });
    return { review, reviewedAt: saved.createdAt, reviewedByName: access.actor.name };
  });
}
