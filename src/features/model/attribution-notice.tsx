import type { Framework } from "@/domain/framework/framework-schema";

/**
 * Where the model's text comes from, wherever the model is shown: the CC BY-SA attribution for MPEM,
 * a citation for a source that comes with no licence (whose statements are then in our own words).
 */
export function AttributionNotice({ framework, compact = false }: { framework: Framework; compact?: boolean }) {
  return <SourceNotice source={framework.source} compact={compact} />;
}

/** The same notice for any text drawn from a source (the boundaries page cites one too). */
export function SourceNotice({ source, compact = false }: { source: Framework["source"]; compact?: boolean }) {
  const title = source.url ? (
    <a className="text-brand-700 underline underline-offset-2" href={source.url}>
      {source.title}
    </a>
  ) : (
    source.title
  );
  const version = source.version ? `, version ${source.version}` : "";
  const licence =
    source.license && source.licenseUrl ? (
      <a className="text-brand-700 underline underline-offset-2" href={source.licenseUrl} rel="license">
        {source.license}
      </a>
    ) : null;
  if (compact) {
    return (
      <p className="text-sm text-ink-muted">
        {licence ? "Adapted from" : "Based on"} “{title}”{version} by {source.author}
        {licence ? <>, licensed under {licence}</> : null}.{" "}
        <a className="text-brand-700 underline underline-offset-2" href="#licence">
          About this text
        </a>
      </p>
    );
  }
  return (
    <section id="licence" aria-labelledby="licence-title" className="rounded-lg border border-line bg-surface p-5 text-sm">
      <h2 id="licence-title" className="text-lg font-semibold">
        {licence ? "Licence and attribution" : "Source"}
      </h2>
      <p className="mt-2">
        “{title}”{version}, by {source.author}
        {licence ? <>, is licensed under {licence}.</> : "."}
      </p>
      {source.licenseNote ? <p className="mt-2 text-ink-muted">{source.licenseNote}</p> : null}
      <p className="mt-2 text-ink-muted">{source.notice}</p>
    </section>
  );
}
