"use server";

import { revalidatePath } from "next/cache";

import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { addAction, addKpi, deleteAction, deleteKpi, recordKpiValue, setOutcomeWeights, setPriorityOrder, updateAction } from "@/server/plan/plan-writes";

// The plan page's forms. Each is bound to (workspace slug, organization id, …); the data layer
// checks plan.manage again and validates against the round's framework.

const planPath = (slug: string, organizationId: string) => `/w/${slug}/organizations/${organizationId}/plan`;
const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

const ACTION_FIELDS = ["title", "dimensionId", "targetLevel", "owner", "dueQuarter", "status", "phase"] as const;
const actionFrom = (formData: FormData) => Object.fromEntries(ACTION_FIELDS.map((field) => [field, text(formData, field)]));

export const setOutcomesAction = defineAction({
  name: "plan.set-outcomes",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, organizationId, roundId], formData }): Promise<FormState> {
    // A checked outcome sends "outcome" = its id and "weight-<id>" = its weight.
    const chosen = formData.getAll("outcome").map(String);
    const weights = Object.fromEntries(chosen.map((outcomeId) => [outcomeId, text(formData, `weight-${outcomeId}`)]));
    await setOutcomeWeights(actor, slug, organizationId, roundId, weights);
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: chosen.length === 0 ? "No target outcome: the gaps are ranked by gap and disagreement." : "Target outcomes saved: the priorities below follow them." };
  },
});

export const setPriorityOrderAction = defineAction({
  name: "plan.reorder-priorities",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, organizationId, roundId], formData }): Promise<FormState> {
    const order = formData.getAll("order").map(String);
    await setPriorityOrder(actor, slug, organizationId, roundId, order);
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: order.length === 0 ? "Back to the computed order." : "Order kept." };
  },
});

export const addActionAction = defineAction({
  name: "plan.add-action",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  echo: ACTION_FIELDS,
  async run({ actor, bound: [slug, organizationId, roundId], formData }): Promise<FormState> {
    await addAction(actor, slug, organizationId, roundId, actionFrom(formData));
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: `Action added: ${text(formData, "title").trim()}.` };
  },
});

export const updateActionAction = defineAction({
  name: "plan.update-action",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  echo: ACTION_FIELDS,
  async run({ actor, bound: [slug, organizationId, actionId], formData }): Promise<FormState> {
    await updateAction(actor, slug, organizationId, actionId, actionFrom(formData));
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: "Action saved." };
  },
});

export const deleteActionAction = defineAction({
  name: "plan.delete-action",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, organizationId, actionId] }): Promise<FormState> {
    await deleteAction(actor, slug, organizationId, actionId);
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: "Action deleted." };
  },
});

const KPI_FIELDS = ["catalogKey", "name", "unit", "direction", "baseline"] as const;

export const addKpiAction = defineAction({
  name: "plan.add-kpi",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  echo: KPI_FIELDS,
  async run({ actor, bound: [slug, organizationId, roundId], formData }): Promise<FormState> {
    const catalogKey = text(formData, "catalogKey");
    await addKpi(
      actor,
      slug,
      organizationId,
      roundId,
      { name: text(formData, "name"), unit: text(formData, "unit"), direction: text(formData, "direction"), catalogKey: catalogKey === "" ? null : catalogKey },
      text(formData, "baseline"),
    );
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: `KPI added: ${text(formData, "name").trim()}.` };
  },
});

export const deleteKpiAction = defineAction({
  name: "plan.delete-kpi",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, organizationId, kpiId] }): Promise<FormState> {
    await deleteKpi(actor, slug, organizationId, kpiId);
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: "KPI deleted." };
  },
});

export const recordKpiValueAction = defineAction({
  name: "plan.record-kpi-value",
  access: { workspace: "plan.manage" },
  bound: z.tuple([slugArg, idArg, idArg, idArg]),
  echo: ["value"],
  async run({ actor, bound: [slug, organizationId, kpiId, roundId], formData }): Promise<FormState> {
    const value = await recordKpiValue(actor, slug, organizationId, kpiId, roundId, text(formData, "value"));
    revalidatePath(planPath(slug, organizationId));
    return { status: "success", message: value === null ? "Value removed." : "Value saved." };
  },
});
