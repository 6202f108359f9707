import "server-only";

import { stringify } from "csv-stringify/sync";

import type { ReportModel } from "@/domain/reports/report-model";

import { answersTable, dimensionsTable, safeCell, type FlatTable } from "./tables";

export const csvTables = { answers: answersTable, dimensions: dimensionsTable } as const satisfies Record<string, (model: ReportModel) => FlatTable>;
export type CsvTable = keyof typeof csvTables;

/** UTF-8 with a byte-order mark, so Excel reads accents right; every text cell neutralised. */
export function renderReportCsv(model: ReportModel, table: CsvTable): string {
  const { columns, rows } = csvTables[table](model);
  const body = stringify([columns.map(safeCell), ...rows.map((row) => row.map((value) => (typeof value === "boolean" ? (value ? "yes" : "no") : safeCell(value))))], { record_delimiter: "\r\n" });
  return `\ufeff${body}`;
}
