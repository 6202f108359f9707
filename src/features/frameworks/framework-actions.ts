"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction, slugArg } from "@/server/actions/define-action";
import { importFramework } from "@/server/framework-import";

import { importedFrameworkPath } from "./framework-paths";

export type ImportState = FormState & { imported?: { name: string; version: string; href: string } };

/** Imports a model from an uploaded file, or from pasted text when no file was chosen. */
export const importFrameworkAction = defineAction({
  name: "framework.import",
  access: { workspace: "framework.import" },
  bound: z.tuple([slugArg]),
  echo: ["pasted"],
  async run({ actor, bound: [slug], formData }): Promise<ImportState> {
    const file = formData.get("file");
    const text = file instanceof File && file.size > 0 ? await file.text() : formData.get("pasted");
    const { status, framework } = await importFramework(actor, slug, text);
    revalidatePath(`/w/${slug}/frameworks`, "layout");
    return {
      status: "success",
      message:
        status === "imported"
          ? `Imported ${framework.name}, version ${framework.version}. New rounds can use it.`
          : `${framework.name}, version ${framework.version}, was already imported with exactly this content: nothing changed.`,
      imported: { name: framework.name, version: framework.version, href: importedFrameworkPath(slug, framework) },
    };
  },
});
