import { boundariesIntro, boundariesRule, boundariesSource, governanceTiers, isHighLevel, sevenSins } from "@/domain/boundaries";
import type { Framework } from "@/domain/framework/framework-schema";

import { SourceNotice } from "./attribution-notice";
import type { ModelLink } from "./model-catalog";
import { OtherModels } from "./other-models";

const sectionTitle = "border-b border-line pb-2 text-2xl font-bold text-brand-900";

function listWith(items: readonly string[], conjunction: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

/** For each framework, the dimensions that rest on personal data and the levels that count as high there. */
function PersonalDataDimensions({ frameworks }: { frameworks: readonly Framework[] }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {frameworks.map((framework) => {
        const dimensions = framework.dimensions.filter((dimension) => dimension.usesPersonalData).map((dimension) => dimension.name);
        const high = framework.levels.filter((level) => isHighLevel(framework, level.rank)).map((level) => level.name);
        return (
          <li key={`${framework.id}@${framework.version}`}>
            <span className="font-semibold">{framework.shortName}:</span>{" "}
            {dimensions.length > 0
              ? // Commas only: dimension names may contain "and" ("Accuracy and learnability").
                `${dimensions.join(", ")} (high at ${listWith(high, "or")}).`
              : "no dimension is marked as resting on personal data."}
          </li>
        );
      })}
    </ul>
  );
}

/** The Seven Deadly Sins of personalization and the four governance tiers, as a reference page. */
export function BoundariesReference({ frameworks, otherModels = [] }: { frameworks: readonly Framework[]; otherModels?: readonly ModelLink[] }) {
  return (
    <article className="space-y-12" aria-labelledby="boundaries-title">
      <header className="max-w-3xl space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Boundaries review</p>
        <h1 id="boundaries-title" className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
          Personalization boundaries
        </h1>
        {boundariesIntro.map((paragraph) => (
          <p key={paragraph.slice(0, 40)} className="text-lg text-ink-muted">
            {paragraph}
          </p>
        ))}
        <SourceNotice source={boundariesSource} compact />
        <OtherModels links={otherModels} />
      </header>

      <section id="sins" aria-labelledby="sins-title" className="space-y-4">
        <h2 id="sins-title" className={sectionTitle}>
          The Seven Deadly Sins of personalization
        </h2>
        <p className="max-w-3xl text-ink-muted">For each sin, a boundaries review records whether the client is exposed (no, partly or yes), the evidence, and the mitigation with its owner.</p>
        <ol aria-label="The seven sins" className="grid gap-4 md:grid-cols-2">
          {sevenSins.map((sin, index) => (
            <li key={sin.id} className="print-avoid-break rounded-lg border border-line bg-surface p-5">
              <h3 id={`sin-${sin.id}`} className="text-lg font-semibold text-ink">
                <span className="text-brand-700">{index + 1}.</span> {sin.name}
              </h3>
              <p className="mt-2 leading-relaxed">{sin.description}</p>
              <p className="mt-3 text-sm text-ink-muted">
                <span className="font-semibold text-ink">Ask: </span>
                {sin.question}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section id="governance" aria-labelledby="governance-title" className="space-y-4">
        <h2 id="governance-title" className={sectionTitle}>
          Governing personalization: four tiers
        </h2>
        <p className="max-w-3xl text-ink-muted">Each tier is a checklist: a review ticks what is in place.</p>
        <ol aria-label="The governance tiers" className="grid gap-4 lg:grid-cols-2">
          {governanceTiers.map((tier) => (
            <li key={tier.id} className="print-avoid-break rounded-lg border border-line bg-surface p-5">
              <h3 id={`tier-${tier.id}`} className="text-lg font-semibold text-ink">
                {tier.name}
              </h3>
              <p className="mt-2 leading-relaxed text-ink-muted">{tier.description}</p>
              <p className="mt-3 text-sm font-semibold">In place when:</p>
              <ul aria-label={`${tier.name}: in place when`} className="mt-1 list-disc space-y-1 pl-6 text-sm">
                {tier.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section id="maturity" aria-labelledby="maturity-title" className="max-w-3xl space-y-3">
        <h2 id="maturity-title" className={sectionTitle}>
          The more advanced, the more it matters
        </h2>
        <p>{boundariesRule}</p>
        <p className="text-ink-muted">
          This app reads that as a rule: a dimension that rests on personal data is at a high level when its official
          level is in the top third of its model&apos;s scale, and a high level there while any sin is marked yes or partly
          calls for a warning.
        </p>
        <PersonalDataDimensions frameworks={frameworks} />
      </section>

      <SourceNotice source={boundariesSource} />
    </article>
  );
}
