import { describe, expect, it } from "vitest";

import { canExport, isReportFormat, reportFormats, type ExportFormat } from "./export-rules";

const all: ExportFormat[] = [...reportFormats, "organization-json"];

describe("export rules", () => {
  it("lets every member download the report pack, and only consultants and owners the organization's JSON", () => {
    for (const format of reportFormats) for (const role of ["OWNER", "CONSULTANT", "VIEWER"] as const) expect(canExport({ kind: "member", role }, format), `${role} ${format}`).toBe(true);
    expect(canExport({ kind: "member", role: "VIEWER" }, "organization-json")).toBe(false);
    expect(canExport({ kind: "member", role: "CONSULTANT" }, "organization-json")).toBe(true);
  });

  it("gives a share-link holder the PDF and nothing else", () => {
    expect(all.filter((format) => canExport({ kind: "share-link" }, format))).toEqual(["pdf"]);
  });

  it("knows the report formats", () => {
    expect(isReportFormat("pptx")).toBe(true);
    expect(isReportFormat("docx")).toBe(false);
    expect(isReportFormat(undefined)).toBe(false);
  });
});
