"use client";

import { useRef } from "react";

import { CopyButton } from "@/components/ui/copy-button";
import { formatSentAt } from "@/domain/mail/delivery-label";
import type { OutboxEntry } from "@/server/mail/outbox-read";

const kindLabels: Record<OutboxEntry["kind"], string> = {
  PARTICIPANT_LINK: "Participant's link",
  PARTICIPANT_REMINDER: "Reminder",
  WORKSPACE_INVITATION: "Workspace invitation",
  PASSWORD_RESET: "Password reset",
  EMAIL_CHANGE: "E-mail change",
  EMAIL_CHANGED_NOTICE: "E-mail change notice",
  REASSESSMENT_DUE: "Re-assessment due",
};

function statusText(entry: OutboxEntry): string {
  switch (entry.status) {
    case "HELD":
      return "Waiting in the outbox (mail is not set up)";
    case "QUEUED":
      return entry.lastError ? `Queued, retrying: ${entry.lastError}` : "Queued";
    case "SENDING":
      return "Sending";
    case "SENT":
      return `Sent ${formatSentAt(entry.sentAt ?? entry.createdAt)}`;
    case "FAILED":
      return `Failed: ${entry.lastError ?? "unknown reason"}`;
    case "CANCELLED":
      return `Not sent: ${entry.lastError ?? "no longer needed"}`;
  }
}

function LinkToCopy({ entry }: { entry: OutboxEntry & { link: string } }) {
  const field = useRef<HTMLInputElement>(null);
  const who = entry.toName ?? entry.toAddress;
  return (
    <div className="space-y-1">
      <label className="block text-sm font-medium">
        Link for {who}
        <input ref={field} readOnly value={entry.link} onFocus={(event) => event.currentTarget.select()} className="mt-1 block w-full min-w-0 rounded-md border border-line bg-surface px-3 py-2 font-mono text-xs" />
      </label>
      <CopyButton text={entry.link} detail={`the link for ${who}`} copied={`Copied the link for ${who}.`} field={() => field.current} />
    </div>
  );
}

/** Every message of the workspace, newest first; the ones that did not reach their person carry their link to copy. */
export function OutboxList({ entries }: { entries: OutboxEntry[] }) {
  if (entries.length === 0) return <p className="text-ink-muted">No messages yet.</p>;
  return (
    <ol className="space-y-3" aria-label="Messages, newest first">
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-2 rounded-lg border border-line bg-surface p-4">
          <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">
            {kindLabels[entry.kind]}
            {entry.round ? ` · ${entry.round.name}` : ""} · {formatSentAt(entry.createdAt)}
          </p>
          <p className="font-semibold break-words">{entry.subject}</p>
          <p className="text-sm break-words">
            To: {entry.toName ? `${entry.toName} <${entry.toAddress}>` : entry.toAddress}
          </p>
          <p className="text-sm break-words">{statusText(entry)}</p>
          {entry.link ? <LinkToCopy entry={{ ...entry, link: entry.link }} /> : null}
        </li>
      ))}
    </ol>
  );
}
