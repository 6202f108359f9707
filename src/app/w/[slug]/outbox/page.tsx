import type { Metadata } from "next";

import { OutboxList } from "@/features/mail/outbox-list";
import { requireActor } from "@/server/auth/session";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/server/mail/outbox-read";
import { loadForPage } from "@/server/outcomes";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ params }: PageProps<"/w/[slug]/outbox">) {
  const { slug } = await params;
  const path = `/w/${slug}/outbox`;
  const actor = await requireActor(path);
  const outbox = await loadForPage(() => listOutbox(actor, slug), path);
  return (
    <section aria-labelledby="outbox-title" className="space-y-4">
      <h1 id="outbox-title" className="text-2xl font-bold text-brand-900">
        Outbox
      </h1>
      {outbox.mailConfigured ? (
        <p className="max-w-2xl text-sm text-ink-muted">Every e-mail this workspace sent or is sending, newest first. A message that failed shows its reason, and its link to pass on yourself.</p>
      ) : (
        <p role="note" className="max-w-2xl rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          E-mail is not set up on this server (no <code>SMTP_URL</code>), so nothing is sent. Every message waits here with its link: copy each one and pass it on
          yourself.
        </p>
      )}
      {outbox.total > OUTBOX_PAGE_SIZE ? <p className="text-sm text-ink-muted">Showing the newest {OUTBOX_PAGE_SIZE} of {outbox.total} messages.</p> : null}
      <OutboxList entries={outbox.entries} />
    </section>
  );
}
