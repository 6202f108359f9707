import "server-only";

import { z } from "zod";

import { kpiInput, kpiValueInput } from "@/domain/plan/kpis";
import { MAX_OUTCOME_WEIGHT, MIN_OUTCOME_WEIGHT } from "@/domain/plan/prioritize";
import { actionInput } from "@/domain/plan/roadmap";
import { recordAuditEvent, type AuditAction } from "@/server/audit";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { resolveFramework } from "@/server/frameworks";
import { parseOrThrow } from "@/server/validation";

import { requireOrganization } from "./plan-data";

// Every change to a plan: checked against the caller's rights (plan.manage), validated against the
// framework the plan is on, written with its audit event in one transaction.

type Transaction = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

async function inPlan<T>(actor: Actor | null, slug: string, organizationId: string, write: (context: { tx: Transaction; organizationId: string; audit: (action: AuditAction, targetId: string, details?: Record<string, string | number | null>) => Promise<void> }) => Promise<T>): Promise<T> {
  const { access, organization } = await requireOrganization(actor, slug, organizationId, "plan.manage");
  if (organization.archivedAt) throw new ValidationError("This organization is archived. Restore it before changing its plan.");
  return getDb().$transaction((tx) =>
    write({
      tx,
      organizationId: organization.id,
      audit: (action, targetId, details = {}) =>
        recordAuditEvent(tx, { action, workspaceId: access.workspace.id, actor, targetType: "organization", targetId: organization.id, details: { ...details, record: targetId } }),
    }),
  );
}

/** A round of this organization: the plan's round, whose framework the plan is on. */
async function roundOf(tx: Transaction, organizationId: string, roundId: string) {
  const round = await tx.round.findFirst({ where: { id: String(roundId), organizationId }, select: { id: true, name: true, frameworkId: true, frameworkVersion: true, organization: { select: { workspaceId: true } } } });
  if (!round) throw new NotFoundError("round");
  return { round, framework: await resolveFramework(round.organization.workspaceId, round.frameworkId, round.frameworkVersion) };
}

/** Replaces the chosen outcomes: outcome id → weight; an outcome left out is no longer targeted. */
export async function setOutcomeWeights(actor: Actor | null, slug: string, organizationId: string, roundId: string, weights: Record<string, unknown>) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const { framework } = await roundOf(tx, orgId, roundId);
    if (framework.outcomes.length === 0) throw new ValidationError(`${framework.shortName} has no business outcome map to choose from.`);
    const weight = z.coerce
      .number()
      .int(`Choose a weight from ${MIN_OUTCOME_WEIGHT} to ${MAX_OUTCOME_WEIGHT}.`)
      .min(MIN_OUTCOME_WEIGHT, `Choose a weight from ${MIN_OUTCOME_WEIGHT} to ${MAX_OUTCOME_WEIGHT}.`)
      .max(MAX_OUTCOME_WEIGHT, `Choose a weight from ${MIN_OUTCOME_WEIGHT} to ${MAX_OUTCOME_WEIGHT}.`);
    const chosen: { outcomeId: string; weight: number }[] = [];
    for (const [outcomeId, raw] of Object.entries(weights)) {
      if (!framework.outcomes.some((outcome) => outcome.id === outcomeId)) throw new ValidationError("Choose outcomes from the model's list.");
      const parsed = weight.safeParse(raw);
      if (!parsed.success) throw new ValidationError("Check the highlighted fields.", { [`weight-${outcomeId}`]: [parsed.error.issues[0]!.message] });
      chosen.push({ outcomeId, weight: parsed.data });
    }
    await tx.planOutcome.deleteMany({ where: { organizationId: orgId, frameworkId: framework.id } });
    await tx.planOutcome.createMany({ data: chosen.map((entry) => ({ ...entry, organizationId: orgId, frameworkId: framework.id })) });
    await audit("plan.outcomes-changed", orgId, { outcomes: chosen.map((entry) => `${entry.outcomeId} ${entry.weight}`).join(", ") || "none" });
    return chosen;
  });
}

/** Keeps an order of the prioritized gaps; an empty list goes back to the computed order. */
export async function setPriorityOrder(actor: Actor | null, slug: string, organizationId: string, roundId: string, dimensionIds: unknown) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const { framework } = await roundOf(tx, orgId, roundId);
    const ids = z
      .array(z.string().refine((id) => framework.dimensions.some((dimension) => dimension.id === id), "Unknown dimension."))
      .max(framework.dimensions.length)
      .refine((list) => new Set(list).size === list.length, "A dimension is listed twice.")
      .safeParse(dimensionIds);
    if (!ids.success) throw new ValidationError("This order does not fit the model. Reload the page and try again.");
    const key = { organizationId_frameworkId: { organizationId: orgId, frameworkId: framework.id } };
    if (ids.data.length === 0) await tx.planPriorityOrder.deleteMany({ where: { organizationId: orgId, frameworkId: framework.id } });
    else await tx.planPriorityOrder.upsert({ where: key, create: { organizationId: orgId, frameworkId: framework.id, dimensionIds: ids.data }, update: { dimensionIds: ids.data } });
    await audit("plan.priorities-reordered", orgId, { order: ids.data.length === 0 ? "computed" : ids.data.join(", ") });
    return ids.data;
  });
}

export async function addAction(actor: Actor | null, slug: string, organizationId: string, roundId: string, input: unknown) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const { round, framework } = await roundOf(tx, orgId, roundId);
    const data = parseOrThrow(actionInput(framework), input);
    const action = await tx.roadmapAction.create({ data: { ...data, organizationId: orgId, frameworkId: framework.id, frameworkVersion: framework.version, baselineRoundId: round.id }, select: { id: true } });
    await audit("plan.action-added", action.id, { title: data.title });
    return action;
  });
}

async function actionOf(tx: Transaction, organizationId: string, actionId: string) {
  const action = await tx.roadmapAction.findFirst({ where: { id: String(actionId), organizationId }, select: { id: true, frameworkId: true, frameworkVersion: true, organization: { select: { workspaceId: true } } } });
  if (!action) throw new NotFoundError("action");
  return action;
}

export async function updateAction(actor: Actor | null, slug: string, organizationId: string, actionId: string, input: unknown) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const action = await actionOf(tx, orgId, actionId);
    const framework = await resolveFramework(action.organization.workspaceId, action.frameworkId, action.frameworkVersion);
    const data = parseOrThrow(actionInput(framework), input);
    await tx.roadmapAction.update({ where: { id: action.id }, data });
    await audit("plan.action-updated", action.id, { title: data.title, status: data.status, phase: data.phase });
  });
}

export async function deleteAction(actor: Actor | null, slug: string, organizationId: string, actionId: string) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const action = await actionOf(tx, orgId, actionId);
    await tx.roadmapAction.delete({ where: { id: action.id } });
    await audit("plan.action-deleted", action.id);
  });
}

/** A new KPI, with its baseline at the plan's round when one is given. */
export async function addKpi(actor: Actor | null, slug: string, organizationId: string, roundId: string, input: unknown, baseline: string) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const { round } = await roundOf(tx, orgId, roundId);
    const data = parseOrThrow(kpiInput, input);
    const value = baseline.trim() === "" ? null : parseOrThrow(z.object({ baseline: kpiValueInput }), { baseline }).baseline;
    if (await tx.kpi.findFirst({ where: { organizationId: orgId, name: data.name }, select: { id: true } })) {
      throw new ValidationError("Check the highlighted fields.", { name: ["This organization already tracks a KPI with this name."] });
    }
    const kpi = await tx.kpi.create({ data: { ...data, organizationId: orgId }, select: { id: true } });
    if (value !== null) await tx.kpiValue.create({ data: { kpiId: kpi.id, roundId: round.id, value } });
    await audit("plan.kpi-added", kpi.id, { name: data.name, baseline: value });
    return kpi;
  });
}

export async function deleteKpi(actor: Actor | null, slug: string, organizationId: string, kpiId: string) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const kpi = await tx.kpi.findFirst({ where: { id: String(kpiId), organizationId: orgId }, select: { id: true, name: true } });
    if (!kpi) throw new NotFoundError("KPI");
    await tx.kpi.delete({ where: { id: kpi.id } });
    await audit("plan.kpi-deleted", kpi.id, { name: kpi.name });
  });
}

/** The KPI's value measured at a round; an empty value removes it. */
export async function recordKpiValue(actor: Actor | null, slug: string, organizationId: string, kpiId: string, roundId: string, raw: string) {
  return inPlan(actor, slug, organizationId, async ({ tx, organizationId: orgId, audit }) => {
    const kpi = await tx.kpi.findFirst({ where: { id: String(kpiId), organizationId: orgId }, select: { id: true, name: true } });
    if (!kpi) throw new NotFoundError("KPI");
    const { round } = await roundOf(tx, orgId, roundId);
    if (raw.trim() === "") {
      await tx.kpiValue.deleteMany({ where: { kpiId: kpi.id, roundId: round.id } });
      await audit("plan.kpi-value-recorded", kpi.id, { name: kpi.name, round: round.name, value: null });
      return null;
    }
    const { value } = parseOrThrow(z.object({ value: kpiValueInput }), { value: raw });
    await tx.kpiValue.upsert({ where: { kpiId_roundId: { kpiId: kpi.id, roundId: round.id } }, create: { kpiId: kpi.id, roundId: round.id, value }, update: { value } });
    await audit("plan.kpi-value-recorded", kpi.id, { name: kpi.name, round: round.name, value });
    return value;
  });
}
