import { z } from "zod";

// The shape every assessment framework has, whatever its size: MPEM (3 categories, 11 dimensions,
// 5 levels) today, the TCS personalized data maturity model (4 aspects, 3 levels) next. A new
// framework is a new data file checked by this schema, not new code.

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id such as channel-reach");
const text = z.string().min(1, "must not be empty");

// Strict objects: a misspelt optional key in a data file ("includeItems") is an error, not data
// that silently disappears.

const levelSchema = z.strictObject({
  id,
  rank: z.number().int().positive(),
  name: text,
  /** Paragraphs describing an organization at this level, across all dimensions. */
  summary: z.array(text).min(1).readonly(),
});

const categorySchema = z.strictObject({
  id,
  name: text,
  shortName: text,
});

const dimensionSchema = z.strictObject({
  id,
  categoryId: id,
  name: text,
  /** A label short enough for a chart axis on a phone ("Security" for "Security and privacy"). */
  shortName: z.string().min(1, "must not be empty").max(16, "must be at most 16 characters (it labels a chart axis)"),
  /** The dimension rests on people's personal data: high levels there raise the stakes of a boundaries review. */
  usesPersonalData: z.boolean().optional(),
  /** What the dimension covers, in the source's fuller wording (MPEM Table 3). */
  includes: text,
  /** A list the source attaches to `includes`, if any. */
  includesItems: z.array(text).readonly().optional(),
  /** The short form (MPEM Table 1). */
  summary: text,
  /** One descriptor per level, keyed by level id. */
  descriptors: z.record(z.string(), text).readonly(),
});

const outcomeSchema = z.strictObject({
  id,
  name: text,
  /** "editorial" where the source gives no name and the name is ours. */
  nameSource: z.enum(["source", "editorial"]),
  /** In order of increasing complexity. */
  scenarios: z.array(text).min(1).readonly(),
  dimensionIds: z.array(id).min(1).readonly(),
  note: text.optional(),
});

const sourceSchema = z
  .strictObject({
    title: text,
    /** Who wrote or published the source (a company, a consultancy, a person). */
    author: text,
    version: text.optional(),
    url: z.url().optional(),
    /** The licence the source text comes with; absent when it comes with none (then the data must be our own words). */
    license: text.optional(),
    licenseUrl: z.url().optional(),
    licenseNote: text.optional(),
    /** How this data relates to the source: an adaptation (as CC BY-SA requires us to say), our own wording, or the author's own model. */
    notice: text,
  })
  .refine((source) => (source.license === undefined) === (source.licenseUrl === undefined), {
    message: "license and licenseUrl go together",
    path: ["licenseUrl"],
  });

const scoringSchema = z.strictObject({
  /** A dimension this many levels or more away from the overall level is flagged as an imbalance (MPEM section 6). */
  imbalanceThreshold: z.number().positive(),
  /** Why an imbalance matters, in the source's words where it gives them (shown beside the warning). */
  imbalanceNote: text.optional(),
});

function findDuplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

export const frameworkSchema = z
  .object({
    id,
    version: text,
    name: text,
    shortName: text,
    /** What the framework measures, completing "This questionnaire measures …". */
    purpose: text,
    source: sourceSchema,
    scoring: scoringSchema,
    levels: z.array(levelSchema).min(2).readonly(),
    categories: z.array(categorySchema).min(1).readonly(),
    dimensions: z.array(dimensionSchema).min(1).readonly(),
    outcomes: z.array(outcomeSchema).readonly(),
  })
  .superRefine((framework, ctx) => {
    const problem = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });

    for (const [collection, items] of [
      ["levels", framework.levels],
      ["categories", framework.categories],
      ["dimensions", framework.dimensions],
      ["outcomes", framework.outcomes],
    ] as const) {
      for (const duplicate of findDuplicates(items.map((item) => item.id))) problem(`duplicate id "${duplicate}"`, [collection]);
    }

    if (framework.scoring.imbalanceThreshold >= framework.levels.length) {
      problem(`the imbalance threshold must be below the number of levels (${framework.levels.length})`, ["scoring", "imbalanceThreshold"]);
    }

    framework.levels.forEach((level, index) => {
      if (level.rank !== index + 1) problem(`level "${level.id}" has rank ${level.rank}; ranks must run 1..${framework.levels.length} in order`, ["levels", index, "rank"]);
    });

    const levelIds = framework.levels.map((level) => level.id);
    const categoryIds = new Set(framework.categories.map((category) => category.id));
    const dimensionIds = new Set(framework.dimensions.map((dimension) => dimension.id));

    framework.dimensions.forEach((dimension, index) => {
      if (!categoryIds.has(dimension.categoryId)) problem(`dimension "${dimension.id}" names unknown category "${dimension.categoryId}"`, ["dimensions", index, "categoryId"]);
      for (const levelId of levelIds) {
        if (!(levelId in dimension.descriptors)) problem(`dimension "${dimension.id}" has no descriptor for level "${levelId}"`, ["dimensions", index, "descriptors"]);
      }
      for (const key of Object.keys(dimension.descriptors)) {
        if (!levelIds.includes(key)) problem(`dimension "${dimension.id}" has a descriptor for unknown level "${key}"`, ["dimensions", index, "descriptors", key]);
      }
    });

    framework.categories.forEach((category, index) => {
      if (!framework.dimensions.some((dimension) => dimension.categoryId === category.id)) problem(`category "${category.id}" has no dimensions`, ["categories", index]);
    });

    framework.outcomes.forEach((outcome, index) => {
      for (const dimensionId of outcome.dimensionIds) {
        if (!dimensionIds.has(dimensionId)) problem(`outcome "${outcome.id}" names unknown dimension "${dimensionId}"`, ["outcomes", index, "dimensionIds"]);
      }
      for (const duplicate of findDuplicates(outcome.dimensionIds)) problem(`outcome "${outcome.id}" names dimension "${duplicate}" twice`, ["outcomes", index, "dimensionIds"]);
    });
  });

export type Framework = z.infer<typeof frameworkSchema>;
/** What a data file must provide (the schema has no defaults or transforms, so it equals `Framework`). */
export type FrameworkInput = z.input<typeof frameworkSchema>;
export type FrameworkLevel = Framework["levels"][number];
export type FrameworkCategory = Framework["categories"][number];
export type FrameworkDimension = Framework["dimensions"][number];
export type FrameworkOutcome = Framework["outcomes"][number];

/**
 * Declares a framework's data. The `const` type parameter (with `as const` at the call site) keeps
 * every id as a literal type, so `MpemDimensionId` is a union of the real ids, while the constraint
 * checks the argument against the input shape, as `satisfies` would. Cross-references cannot be
 * expressed in types; `frameworkSchema` checks them in the framework's unit test.
 */
export function defineFramework<const T extends FrameworkInput>(framework: T): T {
  return framework;
}
