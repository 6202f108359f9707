import type { Framework } from "@/domain/framework/framework-schema";

/** The CC BY-SA attribution the model text requires, wherever the model is shown. */
export function AttributionNotice({ framework, compact = false }: { framework: Framework; compact?: boolean }) {
  const { source } = framework;
  const licence = (
    <a className="text-brand-700 underline underline-offset-2" href={source.licenseUrl} rel="license">
      {source.license}
    </a>
  );
  if (compact) {
    return (
      <p className="text-sm text-ink-muted">
        Adapted from “{source.title}” v{source.version} by {source.author}, licensed under {licence}.{" "}
        <a className="text-brand-700 underline underline-offset-2" href="#licence">
          About this adaptation
        </a>
      </p>
    );
  }
  return (
    <section id="licence" aria-labelledby="licence-title" className="rounded-lg border border-line bg-surface p-5 text-sm">
      <h2 id="licence-title" className="text-lg font-semibold">
        Licence and attribution
      </h2>
      <p className="mt-2">
        “{source.title}”, version {source.version}, by {source.author}, is licensed under {licence}.
      </p>
      <p className="mt-2 text-ink-muted">{source.adaptationNotice}</p>
    </section>
  );
}
