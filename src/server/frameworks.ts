import "server-only";

import { cache } from "react";

import { frameworkSchema, type Framework } from "@/domain/framework/framework-schema";
import { compareVersions } from "@/domain/framework/framework-versions";
import { builtInFrameworks, findBuiltInFramework, UnknownFrameworkError } from "@/domain/frameworks";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";

// Which framework a round runs on. A round stores (frameworkId, version); this is the one place that
// turns them into the framework: a built-in one, else one the round's workspace imported. An unknown
// id or version is an error, never another framework (MPEM included), so a round can never be
// scored on a model it was not run on.

export { UnknownFrameworkError };

/** A stored definition, re-checked against today's schema: a stored model that no longer fits is an error, not data. */
function parseStored(definition: unknown, frameworkId: string, version: string): Framework {
  const parsed = frameworkSchema.safeParse(definition);
  if (!parsed.success) throw new Error(`The stored framework "${frameworkId}" version ${version} no longer passes the framework schema: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * The framework of a round of this workspace, by id and version: built-in, else imported by the
 * workspace. Cached per request. Throws UnknownFrameworkError for anything else.
 */
export const resolveFramework = cache(async (workspaceId: string, frameworkId: string, version: string): Promise<Framework> => {
  const builtIn = findBuiltInFramework(frameworkId, version);
  if (builtIn) return builtIn;
  const stored = await getDb().importedFramework.findUnique({
    where: { workspaceId_frameworkId_version: { workspaceId, frameworkId, version } },
    select: { definition: true },
  });
  if (!stored) throw new UnknownFrameworkError(frameworkId, version);
  return parseStored(stored.definition, frameworkId, version);
});

export type ImportedVersion = { framework: Framework; importedAt: Date; importedByName: string };

/** Every version of every model the workspace imported, grouped by model, newest version first. */
async function loadImported(workspaceId: string, frameworkId?: string): Promise<ImportedVersion[][]> {
  const rows = await getDb().importedFramework.findMany({
    where: { workspaceId, ...(frameworkId === undefined ? {} : { frameworkId }) },
    select: { frameworkId: true, version: true, definition: true, importedAt: true, importedByName: true },
    orderBy: [{ frameworkId: "asc" }, { importedAt: "asc" }],
  });
  const byId = new Map<string, ImportedVersion[]>();
  for (const row of rows) {
    const entry = { framework: parseStored(row.definition, row.frameworkId, row.version), importedAt: row.importedAt, importedByName: row.importedByName };
    byId.set(row.frameworkId, [...(byId.get(row.frameworkId) ?? []), entry]);
  }
  return [...byId.values()].map((versions) => versions.sort((a, b) => compareVersions(b.framework.version, a.framework.version)));
}

export type FrameworkChoices = {
  /** Built-in frameworks, every version, newest first within a model; the registry's order across models. */
  builtIn: Framework[];
  /** The workspace's own models, each with its versions newest first. */
  imported: ImportedVersion[][];
};

/** What a member may choose a new round's framework from, or browse. */
export async function listFrameworks(actor: Actor | null, slug: string): Promise<FrameworkChoices> {
  const access = await requireWorkspacePermission(actor, slug, "workspace.read");
  const ids = [...new Set(builtInFrameworks.map((framework) => framework.id))];
  const builtIn = ids.flatMap((id) => builtInFrameworks.filter((framework) => framework.id === id).sort((a, b) => compareVersions(b.version, a.version)));
  return { builtIn, imported: await loadImported(access.workspace.id) };
}

/** One imported model for its page (members of its workspace only): the given version, or the latest. */
export async function getImportedFramework(actor: Actor | null, slug: string, frameworkId: string, version?: string): Promise<{ current: ImportedVersion; versions: ImportedVersion[] }> {
  const access = await requireWorkspacePermission(actor, slug, "workspace.read");
  const [versions] = await loadImported(access.workspace.id, String(frameworkId));
  const current = version === undefined ? versions?.[0] : versions?.find((entry) => entry.framework.version === version);
  if (!versions || !current) throw new NotFoundError("framework");
  return { current, versions };
}
