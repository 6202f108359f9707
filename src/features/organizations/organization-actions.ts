"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { splitBusinessUnits } from "@/domain/workspaces/inputs";
import { formValues, type FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { createOrganization, deleteOrganization, setOrganizationArchived, updateOrganization } from "@/server/organizations";
import { formStateFromError } from "@/server/outcomes";

const FIELDS = ["name", "industry", "businessUnits"] as const;

function organizationFromForm(formData: FormData) {
  const businessUnits = formData.get("businessUnits");
  return {
    name: formData.get("name"),
    industry: formData.get("industry") ?? "",
    businessUnits: typeof businessUnits === "string" ? splitBusinessUnits(businessUnits) : businessUnits,
  };
}

export async function createOrganizationAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  let organizationId: string;
  try {
    organizationId = (await createOrganization(await getActor(), slug, organizationFromForm(formData))).id;
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(`/w/${slug}`);
  redirect(`/w/${slug}/organizations/${organizationId}`);
}

export async function updateOrganizationAction(slug: string, organizationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  try {
    await updateOrganization(await getActor(), slug, organizationId, organizationFromForm(formData));
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(`/w/${slug}`, "layout");
  return { status: "success", message: "Saved.", values };
}

export async function setArchivedAction(slug: string, organizationId: string, archived: boolean, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await setOrganizationArchived(await getActor(), slug, organizationId, archived);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}`, "layout");
  return { status: "success", message: archived ? "Archived. It no longer appears in the list of active organizations." : "Restored." };
}

export async function deleteOrganizationAction(slug: string, organizationId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await deleteOrganization(await getActor(), slug, organizationId);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}`, "layout");
  redirect(`/w/${slug}?deleted=1`);
}
