import Link from "next/link";

import type { Framework } from "@/domain/framework/framework-schema";
import type { ImportedVersion } from "@/server/frameworks";

import { importedFrameworkPath } from "./framework-paths";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function size(framework: Framework): string {
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
  return `${plural(framework.dimensions.length, "dimension")}, ${plural(framework.levels.length, "level")}`;
}

/** The built-in frameworks every workspace can use, with their public model pages. */
export function BuiltInFrameworkList({ frameworks }: { frameworks: { framework: Framework; href: string }[] }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {frameworks.map(({ framework, href }) => (
        <li key={`${framework.id}@${framework.version}`} className="p-4">
          <Link className="font-medium text-brand-700 underline" href={href}>
            {framework.name}
          </Link>{" "}
          <span className="text-sm text-ink-muted">
            version {framework.version} · {size(framework)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The workspace's own models, each with every version imported, newest first. */
export function ImportedFrameworkList({ slug, imported }: { slug: string; imported: ImportedVersion[][] }) {
  if (imported.length === 0) return <p className="text-ink-muted">No model imported yet.</p>;
  return (
    <ul className="space-y-4">
      {imported.map((versions) => {
        const latest = versions[0]!.framework;
        return (
          <li key={latest.id} className="rounded-lg border border-line bg-surface p-4">
            <h3 className="font-semibold">
              <Link className="text-brand-700 underline" href={importedFrameworkPath(slug, latest, true)}>
                {latest.name}
              </Link>{" "}
              <span className="text-sm font-normal text-ink-muted">({latest.id})</span>
            </h3>
            <ul className="mt-2 space-y-1 text-sm">
              {versions.map(({ framework, importedAt, importedByName }, index) => (
                <li key={framework.version}>
                  <Link className="text-brand-700 underline" href={importedFrameworkPath(slug, framework)}>
                    Version {framework.version}
                  </Link>
                  {index === 0 ? " (latest)" : ""} · {size(framework)} · imported by {importedByName} on {dateFormat.format(importedAt)}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
