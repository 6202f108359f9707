import { describe, expect, it } from "vitest";

import { boundariesReviewSchema, governanceItemIds, sinIds } from "@/domain/boundaries";

import { draftFromForm, draftFromReview, governanceFieldName, reviewInputFromDraft, sinFieldName } from "./review-form-data";

describe("the boundaries form's data", () => {
  it("reads a submitted form into a review the schema accepts, unchosen exposures as not assessed", () => {
    const form = new FormData();
    form.set(sinFieldName("digging-too-deep", "exposure"), "yes");
    form.set(sinFieldName("digging-too-deep", "evidence"), "Retargeting uses browsing on partner sites.");
    form.set(sinFieldName("digging-too-deep", "owner"), "Head of CRM");
    form.set(sinFieldName("overcrowding", "exposure"), "no");
    form.set(governanceFieldName("values-limits"), "on");
    const review = boundariesReviewSchema.parse(reviewInputFromDraft(draftFromForm(form)));
    expect(review.sins["digging-too-deep"]).toEqual({ exposure: "yes", evidence: "Retargeting uses browsing on partner sites.", mitigation: "", owner: "Head of CRM" });
    expect(review.sins.overcrowding?.exposure).toBe("no");
    expect(review.sins["moral-hazards"]?.exposure).toBeNull();
    expect(Object.keys(review.sins)).toEqual(sinIds);
    expect(review.governance["values-limits"]).toBe(true);
    expect(Object.values(review.governance).filter(Boolean)).toHaveLength(1);
    expect(Object.keys(review.governance)).toEqual(governanceItemIds);
  });

  it("round-trips a saved review into the form's starting values", () => {
    const review = boundariesReviewSchema.parse({ sins: { helicoptering: { exposure: "partly", evidence: "e", mitigation: "m", owner: "o" } }, governance: { "strategy-goals": true } });
    const draft = draftFromReview(review);
    expect(draft.sins.helicoptering).toEqual({ exposure: "partly", evidence: "e", mitigation: "m", owner: "o" });
    expect(draft.sins["breaking-bonds"]).toEqual({ exposure: "", evidence: "", mitigation: "", owner: "" });
    expect(draft.governance["strategy-goals"]).toBe(true);
    expect(draftFromReview(null).governance["strategy-goals"]).toBe(false);
  });

  it("passes an unknown exposure on for the schema to refuse", () => {
    const form = new FormData();
    form.set(sinFieldName("helicoptering", "exposure"), "maybe");
    expect(boundariesReviewSchema.safeParse(reviewInputFromDraft(draftFromForm(form))).error?.issues[0]).toMatchObject({ path: ["sins", "helicoptering", "exposure"], message: "Exposure must be no, partly or yes." });
  });
});
