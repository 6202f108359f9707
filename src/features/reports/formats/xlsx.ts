import "server-only";

import ExcelJS from "exceljs";

import type { ReportModel } from "@/domain/reports/report-model";

import { safeCell, workbookTables } from "./tables";

// The workbook: every aggregate on its own sheet and every answer (anonymous, see answer-rows.ts).
// Levels keep their full precision and display with one decimal, as the results page shows them.

export async function renderReportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.cover.consultancy;
  workbook.created = new Date(`${model.cover.date}T00:00:00Z`);
  for (const table of workbookTables(model)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.columns.map(safeCell));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(safeCell));
    table.columns.forEach((column, index) => {
      const sheetColumn = sheet.getColumn(index + 1);
      sheetColumn.width = Math.min(60, Math.max(10, column.length + 2));
      if (table.levelColumns?.includes(column)) sheetColumn.numFmt = "0.0";
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
