import type { Framework } from "../framework/framework-schema";
import type { BoundariesReview, SinExposure } from "./boundaries-review";
import { governanceTiers } from "./governance-tiers";
import { sevenSins, type SinId } from "./seven-sins";

// TCS, "Personalization Boundaries": the more advanced the personalization, the more it matters to
// stay within the seven boundaries. As a rule: a dimension that rests on personal data
// (`usesPersonalData`) at a high level, while any sin is marked exposed, is a warning for the
// executive summary.
//
// "High" is the top third of the framework's scale, (level − 1) / (levels − 1) ≥ 2/3, so the rule
// needs no per-framework number: on MPEM's five levels it means Mature (personas, dynamic
// segmentation, 360-degree profiles) or Leader (individual, AI-driven engagement), where data use
// becomes individual; on TCS's three it means Leading (one-to-one offers from derived and behavioral
// data), while Practicing, which still works with segments, is not high. Medians between levels count
// by the same measure (MPEM 3.5 is not high, TCS 2.5 is).
//
// "Partly" exposed counts as well as "yes": at a high level the source asks for more care, not less,
// and a consultant marks "partly" when some practice already crosses a line. The warning says which
// sins are fully and which partly exposed, and its severity is "exposed" only when one is "yes".

export type ExposedSin = { sinId: SinId; name: string; exposure: Exclude<SinExposure, "no"> };

export type BoundaryWarning = {
  dimensionId: string;
  dimensionName: string;
  /** The round's official current level (consensus, else median); may fall between levels. */
  level: number;
  /** The level's name when `level` is a whole level. */
  levelName: string | null;
  exposedSins: ExposedSin[];
  severity: "exposed" | "partly-exposed";
  message: string;
};

export type ReviewCounts = {
  sins: { total: number; yes: number; partly: number; no: number; unassessed: number };
  governance: {
    total: number;
    inPlace: number;
    tiers: { tierId: string; name: string; total: number; inPlace: number }[];
  };
};

export type BoundariesSummary = ReviewCounts & {
  /** Dimensions of the framework marked as resting on personal data, and those of them at a high level. */
  personalDataDimensionIds: string[];
  highPersonalDataDimensionIds: string[];
};

export type BoundariesAssessment = { warnings: BoundaryWarning[]; summary: BoundariesSummary };

/** Whether a level is in the top third of the framework's scale (see above for why). */
export function isHighLevel(framework: Pick<Framework, "levels">, level: number): boolean {
  const top = framework.levels.length;
  return Number.isFinite(level) && 3 * (level - 1) >= 2 * (top - 1);
}

/** The lowest level that counts as high on this framework's scale. */
export function lowestHighLevel(framework: Pick<Framework, "levels">): number {
  return 1 + (2 * (framework.levels.length - 1)) / 3;
}

function exposedSinsOf(review: BoundariesReview): ExposedSin[] {
  return sevenSins.flatMap((sin): ExposedSin[] => {
    const exposure = review.sins[sin.id]?.exposure;
    return exposure === "yes" || exposure === "partly" ? [{ sinId: sin.id, name: sin.name, exposure }] : [];
  });
}

function formatLevel(level: number, levelName: string | null, levelCount: number): string {
  return levelName ? `${levelName} (level ${level} of ${levelCount})` : `level ${Math.round(level * 100) / 100} of ${levelCount}`;
}

function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function describeWarning(dimensionName: string, levelText: string, sins: readonly ExposedSin[]): string {
  const named = sins.map((sin) => (sin.exposure === "partly" ? `${sin.name} (partly)` : sin.name));
  const verb = sins.length === 1 ? "is" : "are";
  return `${dimensionName} is at ${levelText} while ${listInEnglish(named)} ${verb} marked as exposed: the more advanced the personalization, the more its boundaries matter.`;
}

/** How the review stands, whatever the framework: sins by exposure, governance items in place by tier. */
export function countReview(review: BoundariesReview): ReviewCounts {
  const exposures = sevenSins.map((sin) => review.sins[sin.id]?.exposure ?? null);
  const tiers = governanceTiers.map((tier) => ({
    tierId: tier.id,
    name: tier.name,
    total: tier.items.length,
    inPlace: tier.items.filter((item) => review.governance[item.id] === true).length,
  }));
  return {
    sins: {
      total: sevenSins.length,
      yes: exposures.filter((exposure) => exposure === "yes").length,
      partly: exposures.filter((exposure) => exposure === "partly").length,
      no: exposures.filter((exposure) => exposure === "no").length,
      unassessed: exposures.filter((exposure) => exposure === null).length,
    },
    governance: {
      total: tiers.reduce((sum, tier) => sum + tier.total, 0),
      inPlace: tiers.reduce((sum, tier) => sum + tier.inPlace, 0),
      tiers,
    },
  };
}

function summarize(framework: Framework, review: BoundariesReview, highIds: string[]): BoundariesSummary {
  return {
    ...countReview(review),
    personalDataDimensionIds: framework.dimensions.filter((dimension) => dimension.usesPersonalData).map((dimension) => dimension.id),
    highPersonalDataDimensionIds: highIds,
  };
}

/**
 * The boundaries rule for one round: warnings for personal-data dimensions at a high official level
 * while sins are exposed, and a summary of the review. `currentLevels` maps dimension id to the
 * round's official current level (null where nobody knows); dimensions missing from it are unknown.
 */
export function assessBoundaries(
  framework: Framework,
  currentLevels: Readonly<Record<string, number | null | undefined>>,
  review: BoundariesReview,
): BoundariesAssessment {
  const high = framework.dimensions.flatMap((dimension) => {
    const level = Object.hasOwn(currentLevels, dimension.id) ? currentLevels[dimension.id] : undefined;
    return dimension.usesPersonalData && typeof level === "number" && isHighLevel(framework, level) ? [{ dimension, level }] : [];
  });
  const exposedSins = exposedSinsOf(review);
  const warnings =
    exposedSins.length === 0
      ? []
      : high.map(({ dimension, level }): BoundaryWarning => {
          const levelName = Number.isInteger(level) ? (framework.levels.find((candidate) => candidate.rank === level)?.name ?? null) : null;
          return {
            dimensionId: dimension.id,
            dimensionName: dimension.name,
            level,
            levelName,
            exposedSins,
            severity: exposedSins.some((sin) => sin.exposure === "yes") ? "exposed" : "partly-exposed",
            message: describeWarning(dimension.name, formatLevel(level, levelName, framework.levels.length), exposedSins),
          };
        });
  return {
    warnings,
    summary: summarize(
      framework,
      review,
      high.map(({ dimension }) => dimension.id),
    ),
  };
}
