"use server";

import { revalidatePath } from "next/cache";

import type { FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { saveBoundariesReview } from "@/server/boundaries";
import { formStateFromError } from "@/server/outcomes";

import { draftFromForm, reviewInputFromDraft, type ReviewDraft } from "./review-form-data";

export type BoundariesFormState = FormState & { draft?: ReviewDraft };

export async function saveBoundariesReviewAction(slug: string, organizationId: string, _previous: BoundariesFormState, formData: FormData): Promise<BoundariesFormState> {
  const draft = draftFromForm(formData);
  try {
    await saveBoundariesReview(await getActor(), slug, organizationId, reviewInputFromDraft(draft));
  } catch (error) {
    // The typed values come back, so a refused form keeps everything the consultant wrote.
    return { ...formStateFromError(error), draft };
  }
  revalidatePath(`/w/${slug}/organizations/${organizationId}`, "layout");
  revalidatePath(`/w/${slug}/rounds`, "layout");
  return { status: "success", message: "The boundaries review is saved." };
}
