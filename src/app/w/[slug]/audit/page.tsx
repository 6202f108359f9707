import type { Metadata } from "next";

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
      <p className="max-w-2xl text-sm text-ink-muted">
        Sign-ins of this workspace&apos;s members, membership changes and organization changes, newest first. Entries cannot be edited or deleted.
      </p>
      <AuditTable events={events} />
    </section>
  );
}
