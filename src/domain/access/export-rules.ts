import { can, type Permission, type Role } from "./permissions";

// Who may take which export. One table: a workspace member needs the format's permission; a
// share-link holder (a client executive with a read-only link to one organization) may take only the
// formats marked for share links, of that organization's rounds. Adding share links means adding
// their route access and calling canExport with { kind: "share-link" } — the rule itself is here.

export const reportFormats = ["pdf", "pptx", "xlsx", "csv-answers", "csv-dimensions"] as const;
export type ReportFormat = (typeof reportFormats)[number];
export type ExportFormat = ReportFormat | "organization-json";

export const exportRules: Record<ExportFormat, { memberPermission: Permission; shareLink: boolean }> = {
  pdf: { memberPermission: "report.download", shareLink: true },
  pptx: { memberPermission: "report.download", shareLink: false },
  xlsx: { memberPermission: "report.download", shareLink: false },
  "csv-answers": { memberPermission: "report.download", shareLink: false },
  "csv-dimensions": { memberPermission: "report.download", shareLink: false },
  // Names and e-mail addresses of participants, and everything else: members who run the work only.
  "organization-json": { memberPermission: "organization.export", shareLink: false },
};

export type ExportReader = { kind: "member"; role: Role } | { kind: "share-link" };

export function canExport(reader: ExportReader, format: ExportFormat): boolean {
  const rule = exportRules[format];
  return reader.kind === "member" ? can(reader.role, rule.memberPermission) : rule.shareLink;
}

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === "string" && (reportFormats as readonly string[]).includes(value);
}
