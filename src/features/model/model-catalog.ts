import type { Framework } from "@/domain/framework/framework-schema";
import { compareVersions } from "@/domain/framework/framework-versions";
import { builtInFrameworks, defaultFramework } from "@/domain/frameworks";

// Which model pages exist and where they live. `/model` is the default framework (MPEM) and stays
// its address; every built-in framework also has `/model/<id>`, which shows its latest version
// (`?version=` picks another). The boundaries page is not a framework but belongs with them.

export const boundariesPagePath = "/model/boundaries";

export type ModelLink = { href: string; name: string; description: string };

export { compareVersions };

/** All built-in versions of a framework, oldest first. */
export function listVersions(frameworkId: string, frameworks: readonly Framework[] = builtInFrameworks): Framework[] {
  return frameworks.filter((framework) => framework.id === frameworkId).sort((a, b) => compareVersions(a.version, b.version));
}

/** The latest version of every built-in framework, in registry order. */
export function latestFrameworks(frameworks: readonly Framework[] = builtInFrameworks): Framework[] {
  return [...new Set(frameworks.map((framework) => framework.id))].flatMap((id) => listVersions(id, frameworks).slice(-1));
}

/**
 * The framework a model page shows: the given version, or the latest when none is asked for.
 * Undefined for an unknown id or version (the page answers 404, never another framework).
 */
export function findModelForPage(frameworkId: string, version: string | undefined, frameworks: readonly Framework[] = builtInFrameworks): Framework | undefined {
  const versions = listVersions(frameworkId, frameworks);
  return version === undefined ? versions.at(-1) : versions.find((framework) => framework.version === version);
}

export function modelPagePath(framework: Pick<Framework, "id" | "version">, frameworks: readonly Framework[] = builtInFrameworks): string {
  const isLatest = listVersions(framework.id, frameworks).at(-1)?.version === framework.version;
  const base = framework.id === defaultFramework.id ? "/model" : `/model/${framework.id}`;
  return isLatest ? base : `/model/${framework.id}?version=${encodeURIComponent(framework.version)}`;
}

/** Where a round's framework is shown: the public model page of a built-in one, the workspace's page of an imported one. */
export function frameworkPagePath(framework: Pick<Framework, "id" | "version">, workspaceSlug: string): string {
  const isBuiltIn = builtInFrameworks.some((candidate) => candidate.id === framework.id && candidate.version === framework.version);
  if (isBuiltIn) return modelPagePath(framework);
  return `/w/${workspaceSlug}/frameworks/${framework.id}?version=${encodeURIComponent(framework.version)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Links to the other model pages: the latest version of every other built-in framework, and the boundaries page. */
export function otherModelLinks(current: { frameworkId?: string; isBoundaries?: boolean }, frameworks: readonly Framework[] = builtInFrameworks): ModelLink[] {
  const links = latestFrameworks(frameworks)
    .filter((framework) => framework.id !== current.frameworkId)
    .map((latest) => ({
      href: modelPagePath(latest, frameworks),
      name: latest.name,
      description: `${plural(latest.dimensions.length, "dimension")}, ${plural(latest.levels.length, "level")}`,
    }));
  if (current.isBoundaries) return links;
  return [...links, { href: boundariesPagePath, name: "Personalization boundaries", description: "the Seven Deadly Sins and four tiers of governance" }];
}
