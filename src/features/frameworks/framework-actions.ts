"use server";

import { revalidatePath } from "next/cache";

import type { FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { importFramework } from "@/server/framework-import";
import { formStateFromError } from "@/server/outcomes";

import { importedFrameworkPath } from "./framework-paths";

export type ImportState = FormState & { imported?: { name: string; version: string; href: string } };

/** Imports a model from an uploaded file, or from pasted text when no file was chosen. */
export async function importFrameworkAction(slug: string, _previous: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  const pasted = formData.get("pasted");
  const hasFile = file instanceof File && file.size > 0;
  const values = { pasted: hasFile || typeof pasted !== "string" ? "" : pasted };
  try {
    const text = hasFile ? await file.text() : pasted;
    const { status, framework } = await importFramework(await getActor(), slug, text);
    revalidatePath(`/w/${slug}/frameworks`, "layout");
    const imported = { name: framework.name, version: framework.version, href: importedFrameworkPath(slug, framework) };
    return {
      status: "success",
      message:
        status === "imported"
          ? `Imported ${framework.name}, version ${framework.version}. New rounds can use it.`
          : `${framework.name}, version ${framework.version}, was already imported with exactly this content: nothing changed.`,
      imported,
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}
