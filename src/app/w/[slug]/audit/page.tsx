import type { Metadata } from "next";

import { AuditScopeNote } from "@/features/audit/audit-scope-note";
import { AuditTable } from "@/features/audit/audit-table";
import { listAuditEvents } from "@/server/audit-log";
import { requireActor } from "@/server/auth/session";
import { loadForPage } from "@/server/outcomes";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ params }: PageProps<"/w/[slug]/audit">) {
  const { slug } = await params;
  const path = `/w/${slug}/audit`;
  const actor = await requireActor(path);
  const events = await loadForPage(() => listAuditEvents(actor, slug), path);
  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <h1 id="audit-title" className="text-2xl font-bold text-brand-900">
        Audit log
      </h1>
      <AuditScopeNote />
      <AuditTable events={events} />
    </section>
  );
}
