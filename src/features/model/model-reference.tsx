import type { Framework } from "@/domain/framework/framework-schema";
import { getDimensionsByCategory } from "@/domain/framework/framework-queries";

import { AttributionNotice } from "./attribution-notice";
import { DimensionDescriptors } from "./dimension-descriptors";
import { LevelSummaries } from "./level-summaries";
import type { ModelLink } from "./model-catalog";
import { OtherModels } from "./other-models";
import { OutcomeMap } from "./outcome-map";

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "3 categories, 11 dimensions and 5 levels"; a single category is not worth counting. */
function describeSize(framework: Framework, categoryCount: number): string {
  const dimensionsAndLevels = `${plural(framework.dimensions.length, "dimension")} and ${plural(framework.levels.length, "level")}`;
  return categoryCount > 1 ? `${plural(categoryCount, "category", "categories")}, ${dimensionsAndLevels}` : dimensionsAndLevels;
}

/** The whole framework (any number of levels, dimensions and categories) as a readable, printable reference page. */
export function ModelReference({ framework, otherModels = [], otherModelsTitle }: { framework: Framework; otherModels?: readonly ModelLink[]; otherModelsTitle?: string }) {
  const categories = getDimensionsByCategory(framework);
  const hasOutcomes = framework.outcomes.length > 0;
  return (
    <article className="space-y-12" aria-labelledby="model-title">
      <header className="max-w-3xl space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {framework.shortName} · version {framework.version}
        </p>
        <h1 id="model-title" className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
          {framework.name}
        </h1>
        <p className="text-lg text-ink-muted">
          This model measures {framework.purpose}. It has {describeSize(framework, categories.length)}. For every
          dimension, each level has a written descriptor: choose the one that matches the organization today, and the
          one it needs to reach.
        </p>
        <AttributionNotice framework={framework} compact />
        <OtherModels links={otherModels} title={otherModelsTitle} />
      </header>

      <nav aria-label="On this page" className="rounded-lg border border-line bg-surface p-4 print:hidden">
        <h2 className="text-sm font-semibold text-ink-muted">On this page</h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <li>
            <a className="text-brand-700 underline-offset-2 hover:underline" href="#levels">
              The levels
            </a>
          </li>
          {categories.map(({ category }) => (
            <li key={category.id}>
              <a className="text-brand-700 underline-offset-2 hover:underline" href={`#category-${category.id}`}>
                {category.name}
              </a>
            </li>
          ))}
          {hasOutcomes ? (
            <li>
              <a className="text-brand-700 underline-offset-2 hover:underline" href="#outcomes">
                Business outcomes
              </a>
            </li>
          ) : null}
          <li>
            <a className="text-brand-700 underline-offset-2 hover:underline" href="#licence">
              {framework.source.license ? "Licence" : "Source"}
            </a>
          </li>
        </ul>
      </nav>

      <LevelSummaries levels={framework.levels} />

      {categories.map(({ category, dimensions }) => (
        <section key={category.id} id={`category-${category.id}`} aria-labelledby={`category-${category.id}-title`} className="space-y-6">
          <h2 id={`category-${category.id}-title`} className="border-b border-line pb-2 text-2xl font-bold text-brand-900">
            {category.name}
          </h2>
          {dimensions.map((dimension) => (
            <DimensionDescriptors key={dimension.id} dimension={dimension} levels={framework.levels} />
          ))}
        </section>
      ))}

      {hasOutcomes ? <OutcomeMap framework={framework} /> : null}

      <AttributionNotice framework={framework} />
    </article>
  );
}
