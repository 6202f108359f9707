import "server-only";

import { canExport, isReportFormat, type ReportFormat } from "@/domain/access/export-rules";
import type { WorkspaceAccess } from "@/server/access";
import type { Actor } from "@/server/auth/session";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { fileResponse, recordExport } from "@/server/reports/export-audit";
import { loadRoundReport } from "@/server/reports/report-data";

import { renderReportCsv } from "./formats/csv";
import { renderReportPptx } from "./formats/pptx";
import { renderReportXlsx } from "./formats/xlsx";
import { renderReportPdf } from "./pdf/render-pdf";

// One report model, five files. Each download is checked against the export rules, rendered from
// the same model, and recorded in the audit log.

const files: Record<ReportFormat, { extension: string; contentType: string; render: (model: Parameters<typeof renderReportPdf>[0]) => Promise<Buffer | string> }> = {
  pdf: { extension: "pdf", contentType: "application/pdf", render: renderReportPdf },
  pptx: { extension: "pptx", contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", render: renderReportPptx },
  xlsx: { extension: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", render: renderReportXlsx },
  "csv-answers": { extension: "answers.csv", contentType: "text/csv; charset=utf-8", render: async (model) => renderReportCsv(model, "answers") },
  "csv-dimensions": { extension: "dimensions.csv", contentType: "text/csv; charset=utf-8", render: async (model) => renderReportCsv(model, "dimensions") },
};

export async function downloadReport(context: { request: Request; actor: Actor | null; access: WorkspaceAccess; slug: string; roundId: string; format: string }): Promise<Response> {
  const { format } = context;
  if (!isReportFormat(format)) throw new NotFoundError("report format");
  if (!canExport({ kind: "member", role: context.access.role }, format)) throw new ForbiddenError();
  const report = await loadRoundReport(context.actor, context.slug, context.roundId);
  const file = files[format];
  const body = await file.render(report.model);
  await recordExport(context.request, { actor: context.actor, workspaceId: report.workspaceId, format, targetType: "round", targetId: report.roundId, name: report.model.cover.round });
  return fileResponse(body, `${report.fileStem}.${file.extension}`, file.contentType);
}
