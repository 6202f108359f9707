"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { saveBoundariesReview } from "@/server/boundaries";
import { ValidationError } from "@/server/errors";

import { draftFromForm, reviewInputFromDraft, type ReviewDraft } from "./review-form-data";

export type BoundariesFormState = FormState & { draft?: ReviewDraft };

export const saveBoundariesReviewAction = defineAction({
  name: "boundaries.review",
  access: { workspace: "boundaries.manage" },
  bound: z.tuple([slugArg, idArg]),
  async run({ actor, bound: [slug, organizationId], formData }): Promise<BoundariesFormState> {
    const draft = draftFromForm(formData);
    try {
      await saveBoundariesReview(actor, slug, organizationId, reviewInputFromDraft(draft));
    } catch (error) {
      // A refused form keeps everything the consultant wrote: the typed values come back with the messages.
      if (error instanceof ValidationError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, draft };
      throw error;
    }
    revalidatePath(`/w/${slug}/organizations/${organizationId}`, "layout");
    revalidatePath(`/w/${slug}/rounds`, "layout");
    return { status: "success", message: "The boundaries review is saved." };
  },
});
