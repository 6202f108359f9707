export { boundariesIntro, boundariesRule, boundariesSource } from "./boundaries-source";
export { governanceTiers, governanceItemIds, type GovernanceItem, type GovernanceItemId, type GovernanceTier, type GovernanceTierId } from "./governance-tiers";
export { sevenSins, sinIds, type Sin, type SinId } from "./seven-sins";
export {
  boundariesReviewSchema,
  emptyBoundariesReview,
  sinExposureLabels,
  sinExposures,
  sinReviewSchema,
  type BoundariesReview,
  type SinExposure,
  type SinReview,
} from "./boundaries-review";
export {
  assessBoundaries,
  countReview,
  isHighLevel,
  lowestHighLevel,
  type BoundariesAssessment,
  type BoundariesSummary,
  type BoundaryWarning,
  type ExposedSin,
  type ReviewCounts,
} from "./boundary-warnings";
