import { roleLabels } from "@/domain/access/permissions";
import type { PendingInvitation } from "@/server/members";

import { InlineActionForm } from "./inline-action-form";
import { revokeInvitationAction } from "./member-actions";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Where each invitation was e-mailed and how that went (from src/server/mail, passed in by the page). */
export type InvitationMailNotes = Record<string, string>;

export function PendingInvitations({ slug, invitations, mailNotes = {} }: { slug: string; invitations: PendingInvitation[]; mailNotes?: InvitationMailNotes }) {
  if (invitations.length === 0) return <p className="text-sm text-ink-muted">No open invite links.</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
          <span>
            {roleLabels[invitation.role]}
            {invitation.note ? ` · ${invitation.note}` : ""} · expires {dateFormat.format(invitation.expiresAt)}
            {mailNotes[invitation.id] ? <span className="block text-ink-muted">{mailNotes[invitation.id]}</span> : null}
          </span>
          <InlineActionForm action={revokeInvitationAction.bind(null, slug, invitation.id)} label="Withdraw" />
        </li>
      ))}
    </ul>
  );
}
