import "server-only";

import type { ExportFormat } from "@/domain/access/export-rules";
import { recordAuditEvent } from "@/server/audit";
import { clientIp } from "@/server/auth/auth";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";

/** Every export leaves a line in the workspace's audit log: who took what, of which record, from where. */
export async function recordExport(
  request: Request,
  event: { actor: Actor | null; workspaceId: string; format: ExportFormat; targetType: "round" | "organization"; targetId: string; name: string },
): Promise<void> {
  await recordAuditEvent(getDb(), {
    action: event.format === "organization-json" ? "organization.exported" : "report.exported",
    workspaceId: event.workspaceId,
    actor: event.actor,
    targetType: event.targetType,
    targetId: event.targetId,
    details: { format: event.format, [event.targetType]: event.name },
    ipAddress: clientIp(request.headers),
  });
}

/** An attachment download that no cache keeps. */
export function fileResponse(body: Buffer | string, fileName: string, contentType: string): Response {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
