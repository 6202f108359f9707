import { z } from "zod";

import { textField } from "../text-fields";
import { governanceItemIds } from "./governance-tiers";
import { sinIds } from "./seven-sins";

// A boundaries review of one organization: for each of the seven sins, how exposed the client is,
// the evidence, the mitigation and who owns it; for each governance checklist item, whether it is in
// place. Sins and items are keyed by their stable ids. A sin left out (or with exposure null) has not
// been assessed yet, which is different from "no".

export const sinExposures = ["no", "partly", "yes"] as const;
export type SinExposure = (typeof sinExposures)[number];

export const sinExposureLabels: Record<SinExposure, string> = { no: "No", partly: "Partly", yes: "Yes" };

export const sinReviewSchema = z.strictObject({
  exposure: z.enum(sinExposures, { error: "Exposure must be no, partly or yes." }).nullable(),
  evidence: textField("Evidence", 2000),
  mitigation: textField("Mitigation", 2000),
  owner: textField("Owner", 200),
});

export const boundariesReviewSchema = z.strictObject({
  sins: z.partialRecord(z.enum(sinIds), sinReviewSchema),
  governance: z.partialRecord(z.enum(governanceItemIds), z.boolean()),
});

export type SinReview = z.infer<typeof sinReviewSchema>;
export type BoundariesReview = z.infer<typeof boundariesReviewSchema>;

export const emptyBoundariesReview: BoundariesReview = { sins: {}, governance: {} };
