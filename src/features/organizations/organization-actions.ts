"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { splitBusinessUnits } from "@/domain/workspaces/inputs";
import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { createOrganization, deleteOrganization, setOrganizationArchived, updateOrganization } from "@/server/organizations";

const FIELDS = ["name", "industry", "businessUnits"] as const;

function organizationFromForm(formData: FormData) {
  const businessUnits = formData.get("businessUnits");
  return {
    name: formData.get("name"),
    industry: formData.get("industry") ?? "",
    businessUnits: typeof businessUnits === "string" ? splitBusinessUnits(businessUnits) : businessUnits,
  };
}

export const createOrganizationAction = defineAction({
  name: "organization.create",
  access: { workspace: "organization.create" },
  bound: z.tuple([slugArg]),
  echo: FIELDS,
  async run({ actor, bound: [slug], formData }): Promise<FormState> {
    const { id } = await createOrganization(actor, slug, organizationFromForm(formData));
    revalidatePath(`/w/${slug}`);
    redirect(`/w/${slug}/organizations/${id}`);
  },
});

export const updateOrganizationAction = defineAction({
  name: "organization.update",
  access: { workspace: "organization.update" },
  bound: z.tuple([slugArg, idArg]),
  echo: FIELDS,
  async run({ actor, bound: [slug, organizationId], formData }): Promise<FormState> {
    await updateOrganization(actor, slug, organizationId, organizationFromForm(formData));
    revalidatePath(`/w/${slug}`, "layout");
    return { status: "success", message: "Saved.", values: Object.fromEntries(FIELDS.map((name) => [name, String(formData.get(name) ?? "")])) };
  },
});

export const setArchivedAction = defineAction({
  name: "organization.archive",
  access: { workspace: "organization.archive" },
  bound: z.tuple([slugArg, idArg, z.boolean()]),
  async run({ actor, bound: [slug, organizationId, archived] }): Promise<FormState> {
    await setOrganizationArchived(actor, slug, organizationId, archived);
    revalidatePath(`/w/${slug}`, "layout");
    return { status: "success", message: archived ? "Archived. It no longer appears in the list of active organizations." : "Restored." };
  },
});

export const deleteOrganizationAction = defineAction({
  name: "organization.delete",
  access: { workspace: "organization.delete" },
  bound: z.tuple([slugArg, idArg]),
  async run({ actor, bound: [slug, organizationId] }): Promise<FormState> {
    await deleteOrganization(actor, slug, organizationId);
    revalidatePath(`/w/${slug}`, "layout");
    redirect(`/w/${slug}?deleted=1`);
  },
});
