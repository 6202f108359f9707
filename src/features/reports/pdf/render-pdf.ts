import "server-only";

import { createElement } from "react";

import type { ReportModel } from "@/domain/reports/report-model";
import { printPdf } from "@/server/reports/pdf/chromium-printer";

import { ReportDocument } from "./report-document";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The report's HTML: what Chromium prints. A standalone document, not a page of the app, so it is
 * rendered to a string here (loaded on demand: Next.js refuses react-dom/server in the static import
 * graph of its server bundles, which is meant for pages).
 */
export async function renderReportHtml(model: ReportModel): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return `<!doctype html>${renderToStaticMarkup(createElement(ReportDocument, { model }))}`;
}

export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const label = escapeHtml(`${model.cover.client} · ${model.cover.round} · ${model.cover.date}`);
  return printPdf(await renderReportHtml(model), {
    // Chromium fills pageNumber/totalPages in; the footer sits in the page's bottom margin.
    footerTemplate: `<div style="font-family: Arial, sans-serif; font-size: 7pt; color: #6b7280; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${label}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  });
}
