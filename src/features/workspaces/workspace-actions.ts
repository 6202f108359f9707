"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction } from "@/server/actions/define-action";
import { createWorkspace } from "@/server/workspaces";

export const createWorkspaceAction = defineAction({
  name: "workspace.create",
  access: "signed-in",
  bound: z.tuple([]),
  echo: ["name"],
  async run({ actor, formData }): Promise<FormState> {
    const { slug } = await createWorkspace(actor, { name: formData.get("name") });
    redirect(`/w/${slug}`);
  },
});
