import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { organizationInput } from "@/domain/workspaces/inputs";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";
import { parseOrThrow } from "./validation";

const organizationSelect = {
  id: true,
  name: true,
  industry: true,
  businessUnits: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.OrganizationSelect;

export type Organization = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

const duplicateName = () =>
  new ValidationError("Check the highlighted fields.", { name: ["An organization with this name already exists in this workspace."] });

export async function listOrganizations(actor: Actor | null, slug: string, options: { includeArchived?: boolean } = {}): Promise<Organization[]> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.read");
  return getDb().organization.findMany({
    where: { workspaceId: workspace.id, ...(options.includeArchived ? {} : { archivedAt: null }) },
    select: organizationSelect,
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
}

export async function getOrganization(actor: Actor | null, slug: string, organizationId: string): Promise<Organization> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.read");
  const organization = await getDb().organization.findFirst({
    where: { id: String(organizationId), workspaceId: workspace.id },
    select: organizationSelect,
  });
  if (!organization) throw new NotFoundError("organization");
  return organization;
}

export async function createOrganization(actor: Actor | null, slug: string, input: unknown): Promise<Organization> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.create");
  const data = parseOrThrow(organizationInput, input);
  try {
    return await getDb().$transaction(async (tx) => {
      const organization = await tx.organization.create({ data: { ...data, workspaceId: workspace.id }, select: organizationSelect });
      await recordAuditEvent(tx, {
        action: "organization.created",
        workspaceId: workspace.id,
        actor,
        targetType: "organization",
        targetId: organization.id,
        details: { name: organization.name },
      });
      return organization;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

export async function updateOrganization(actor: Actor | null, slug: string, organizationId: string, input: unknown): Promise<Organization> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.update");
  const data = parseOrThrow(organizationInput, input);
  try {
    return await getDb().$transaction(async (tx) => {
      const before = await tx.organization.findFirst({
        where: { id: String(organizationId), workspaceId: workspace.id },
        select: { name: true, industry: true, businessUnits: true },
      });
      if (!before) throw new NotFoundError("organization");
      const organization = await tx.organization.update({ where: { id: organizationId }, data, select: organizationSelect });
      await recordAuditEvent(tx, {
        action: before.name === data.name ? "organization.updated" : "organization.renamed",
        workspaceId: workspace.id,
        actor,
        targetType: "organization",
        targetId: organizationId,
        details: { before, after: data },
      });
      return organization;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

export async function setOrganizationArchived(actor: Actor | null, slug: string, organizationId: string, archived: boolean): Promise<Organization> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.archive");
  return getDb().$transaction(async (tx) => {
    const existing = await tx.organization.findFirst({
      where: { id: String(organizationId), workspaceId: workspace.id },
      select: { id: true, name: true },
    });
    if (!existing) throw new NotFoundError("organization");
    const organization = await tx.organization.update({
      where: { id: existing.id },
      data: { archivedAt: archived ? new Date() : null },
      select: organizationSelect,
    });
    await recordAuditEvent(tx, {
      action: archived ? "organization.archived" : "organization.restored",
      workspaceId: workspace.id,
      actor,
      targetType: "organization",
      targetId: existing.id,
      details: { name: existing.name },
    });
    return organization;
  });
}

export type OrganizationFootprint = { rounds: number; participants: number; answers: number; boundariesReviews: number };

async function countFootprint(db: Pick<Prisma.TransactionClient, "round" | "participant" | "response" | "boundariesReview">, organizationId: string): Promise<OrganizationFootprint> {
  const [rounds, participants, answers, boundariesReviews] = await Promise.all([
    db.round.count({ where: { organizationId } }),
    db.participant.count({ where: { round: { organizationId } } }),
    db.response.count({ where: { round: { organizationId } } }),
    db.boundariesReview.count({ where: { organizationId } }),
  ]);
  return { rounds, participants, answers, boundariesReviews };
}

/** What deleting an organization would remove, for the confirmation that says so. Owners only. */
export async function getOrganizationFootprint(actor: Actor | null, slug: string, organizationId: string): Promise<OrganizationFootprint> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.delete");
  const organization = await getDb().organization.findFirst({ where: { id: String(organizationId), workspaceId: workspace.id }, select: { id: true } });
  if (!organization) throw new NotFoundError("organization");
  return countFootprint(getDb(), organization.id);
}

/**
 * Deletes an organization with all its rounds, participants and answers, for good. Owners only. The
 * audit log keeps its name and how much went, not the content.
 */
export async function deleteOrganization(actor: Actor | null, slug: string, organizationId: string): Promise<{ name: string } & OrganizationFootprint> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.delete");
  return getDb().$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({ where: { id: String(organizationId), workspaceId: workspace.id }, select: { id: true, name: true } });
    if (!organization) throw new NotFoundError("organization");
    const footprint = await countFootprint(tx, organization.id);
    await tx.organization.delete({ where: { id: organization.id } });
    await recordAuditEvent(tx, {
      action: "organization.deleted",
      workspaceId: workspace.id,
      actor,
      targetType: "organization",
      targetId: organization.id,
      details: { name: organization.name, ...footprint },
    });
    return { name: organization.name, ...footprint };
  });
}
