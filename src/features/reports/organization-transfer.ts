import "server-only";

import type { Actor } from "@/server/auth/session";
import { ValidationError } from "@/server/errors";
import { jsonOk, readJson } from "@/server/http-responses";
import { fileResponse, recordExport } from "@/server/reports/export-audit";
import { fileStemOf } from "@/server/reports/report-data";
import { exportOrganization } from "@/server/transfer/export-organization";
import { importOrganization } from "@/server/transfer/import-organization";

/** Large enough for dozens of rounds of hundreds of participants; anything bigger is refused before it is read. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

export async function exportOrganizationFile(context: { request: Request; actor: Actor | null; slug: string; organizationId: string }): Promise<Response> {
  const { document, workspaceId, organizationId, organizationName } = await exportOrganization(context.actor, context.slug, context.organizationId);
  await recordExport(context.request, { actor: context.actor, workspaceId, format: "organization-json", targetType: "organization", targetId: organizationId, name: organizationName });
  return fileResponse(`${JSON.stringify(document, null, 2)}\n`, `${fileStemOf(organizationName)}.mpem.json`, "application/json; charset=utf-8");
}

/**
 * The body is { document, name? } as JSON. Requiring the JSON content type keeps other sites out: a
 * plain HTML form cannot send it, and a script on another origin would need a CORS pre-flight the
 * app never grants.
 */
export async function importOrganizationFile(context: { request: Request; actor: Actor | null; slug: string }): Promise<Response> {
  if (!context.request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) throw new ValidationError("Send the file as JSON.");
  const body = await readJson(context.request, MAX_IMPORT_BYTES);
  if (typeof body !== "object" || body === null || !("document" in body)) throw new ValidationError("Choose an organization file (.json) exported from MPEM Assessment.");
  const { document, name } = body as { document: unknown; name?: unknown };
  const organization = await importOrganization(context.actor, context.slug, document, { name: typeof name === "string" ? name : undefined });
  return jsonOk({ organizationId: organization.id, name: organization.name, path: `/w/${context.slug}/organizations/${organization.id}` });
}
