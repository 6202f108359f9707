import "server-only";

import { formatFrameworkFileError, parseFrameworkFile, type FrameworkFileError } from "@/domain/framework/framework-file";
import type { Framework } from "@/domain/framework/framework-schema";
import { sameDefinition } from "@/domain/framework/framework-versions";
import { builtInFrameworks } from "@/domain/frameworks";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";

// Importing a consultancy's own model. Each (id, version) is stored once and never changed: a new
// version is a new row, so rounds already run on an older version keep resolving to it. The same
// file imported twice changes nothing; the same id and version with other content is refused.

/** The file does not hold a valid framework: every problem, each with its line where known. */
export class FrameworkFileInvalid extends ValidationError {
  constructor(readonly errors: FrameworkFileError[]) {
    super(`The file was not imported: ${errors.length === 1 ? "1 problem" : `${errors.length} problems`} to fix. Fix ${errors.length === 1 ? "it" : "them"} and import the file again.`, {
      file: errors.map(formatFrameworkFileError),
    });
    this.name = "FrameworkFileInvalid";
  }
}

export type ImportOutcome = { status: "imported" | "unchanged"; framework: Framework };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export async function importFramework(actor: Actor | null, slug: string, text: unknown): Promise<ImportOutcome> {
  const access = await requireWorkspacePermission(actor, slug, "framework.import");
  if (typeof text !== "string" || text.trim() === "") throw new ValidationError("Choose a file, or paste the model's JSON or YAML.", { file: ["Choose a file, or paste the model's JSON or YAML."] });
  const parsed = parseFrameworkFile(text);
  if (!parsed.ok) throw new FrameworkFileInvalid(parsed.errors);
  const framework = parsed.framework;
  const builtIn = builtInFrameworks.find((candidate) => candidate.id === framework.id);
  if (builtIn) {
    const message = `"${framework.id}" is the id of a built-in framework (${builtIn.name}). Give your model an id of its own.`;
    throw new ValidationError(message, { file: [message] });
  }

  const db = getDb();
  const key = { workspaceId: access.workspace.id, frameworkId: framework.id, version: framework.version };
  const compareWithStored = async (): Promise<ImportOutcome | null> => {
    const stored = await db.importedFramework.findUnique({ where: { workspaceId_frameworkId_version: key }, select: { definition: true } });
    if (!stored) return null;
    if (sameDefinition(stored.definition, framework)) return { status: "unchanged", framework };
    const message = `Version ${framework.version} of "${framework.id}" is already imported with different content. An imported version never changes (rounds may have run on it): give this file a new version.`;
    throw new ValidationError(message, { file: [message] });
  };

  const existing = await compareWithStored();
  if (existing) return existing;
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.importedFramework.create({
        data: { ...key, name: framework.name, definition: framework, importedById: access.actor.userId, importedByName: access.actor.name },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        action: "framework.imported",
        workspaceId: access.workspace.id,
        actor: access.actor,
        targetType: "framework",
        targetId: created.id,
        details: { framework: framework.id, version: framework.version, name: framework.name },
      });
    });
  } catch (error) {
    // Imported by someone else at the same moment: the same content is fine, other content is refused.
    if (isUniqueViolation(error)) return (await compareWithStored()) ?? Promise.reject(error);
    throw error;
  }
  return { status: "imported", framework };
}
