"use server";

import { redirect } from "next/navigation";

import { formValues, type FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { formStateFromError } from "@/server/outcomes";
import { createWorkspace } from "@/server/workspaces";

export async function createWorkspaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name"]);
  let slug: string;
  try {
    slug = (await createWorkspace(await getActor(), { name: formData.get("name") })).slug;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/w/${slug}`);
}
