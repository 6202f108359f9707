import { governanceItemIds, sinIds, type BoundariesReview } from "@/domain/boundaries";

// How the boundaries form names its fields, and the review a submitted form describes. The server
// validates the result (boundariesReviewSchema); this only reads the fields.

export const sinFieldName = (sinId: string, field: "exposure" | "evidence" | "mitigation" | "owner") => `sins.${sinId}.${field}`;
export const governanceFieldName = (itemId: string) => `governance.${itemId}`;

/** What was typed, before validation: an exposure is "" until chosen. */
export type ReviewDraft = {
  sins: Record<string, { exposure: string; evidence: string; mitigation: string; owner: string }>;
  governance: Record<string, boolean>;
};

type FormLike = { get(name: string): FormDataEntryValue | null };

const textOf = (form: FormLike, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export function draftFromForm(form: FormLike): ReviewDraft {
  return {
    sins: Object.fromEntries(
      sinIds.map((id) => [
        id,
        { exposure: textOf(form, sinFieldName(id, "exposure")), evidence: textOf(form, sinFieldName(id, "evidence")), mitigation: textOf(form, sinFieldName(id, "mitigation")), owner: textOf(form, sinFieldName(id, "owner")) },
      ]),
    ),
    governance: Object.fromEntries(governanceItemIds.map((id) => [id, form.get(governanceFieldName(id)) === "on"])),
  };
}

/** The review to validate: an exposure not chosen is "not assessed" (null), which is not "no". */
export function reviewInputFromDraft(draft: ReviewDraft): unknown {
  return {
    sins: Object.fromEntries(Object.entries(draft.sins).map(([id, sin]) => [id, { ...sin, exposure: sin.exposure === "" ? null : sin.exposure }])),
    governance: draft.governance,
  };
}

/** A saved review as the form's starting values. */
export function draftFromReview(review: BoundariesReview | null): ReviewDraft {
  return {
    sins: Object.fromEntries(
      sinIds.map((id) => {
        const sin = review?.sins[id];
        return [id, { exposure: sin?.exposure ?? "", evidence: sin?.evidence ?? "", mitigation: sin?.mitigation ?? "", owner: sin?.owner ?? "" }];
      }),
    ),
    governance: Object.fromEntries(governanceItemIds.map((id) => [id, review?.governance[id] === true])),
  };
}
