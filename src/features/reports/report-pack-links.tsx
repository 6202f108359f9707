import Link from "next/link";

import type { ReportFormat } from "@/domain/access/export-rules";

const files: { format: ReportFormat; label: string; detail: string }[] = [
  { format: "pdf", label: "PDF report", detail: "A4: cover, executive summary, radar, groups, dimension by dimension, priorities, roadmap, KPIs, method" },
  { format: "pptx", label: "PowerPoint board pack", detail: "editable charts and tables" },
  { format: "xlsx", label: "Excel workbook", detail: "every aggregate and every answer, without names" },
  { format: "csv-answers", label: "CSV of answers", detail: "one row per answer, without names" },
  { format: "csv-dimensions", label: "CSV of levels by dimension", detail: "the table above" },
];

/** The report pack of a round: every file is made from the same numbers as this page. */
export function ReportPackLinks({ slug, roundId, organizationId }: { slug: string; roundId: string; organizationId: string }) {
  return (
    <section id="report-pack" aria-labelledby="report-pack-title" className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <h2 id="report-pack-title" className="text-xl font-semibold">
        Report pack
      </h2>
      <p className="text-sm text-ink-muted">
        Made from the same numbers as this page, with the{" "}
        <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${organizationId}/plan?round=${roundId}`}>
          plan
        </Link>{" "}
        (outcomes, priorities, roadmap, KPIs). Each download is recorded in the audit log.
      </p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {files.map((file) => (
          <li key={file.format}>
            {/* A plain link: the browser downloads the attachment; prefetching would make the file for nothing. */}
            <a className="font-medium text-brand-700 underline" href={`/w/${slug}/rounds/${roundId}/report/${file.format}`} download>
              {file.label}
            </a>
            <span className="block text-sm text-ink-muted">{file.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
