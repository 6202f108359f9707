import { InlineActionForm } from "@/components/form/inline-action-form";
import type { ClientAccess } from "@/server/client-access";
import type { ShareLinkRow } from "@/server/share-links";

import { createShareLinkAction, inviteClientAction, removeClientAction, revokeShareLinkAction, withdrawClientInvitationAction } from "./client-access-actions";
import { ClientInviteForm } from "./client-invite-form";
import { ShareLinkForm } from "./share-link-form";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const stateLabels: Record<ShareLinkRow["state"], string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

/**
 * The organization page's "Client access": who outside the workspace can read this organization's
 * executive view (summary, heatmaps, trend), and nothing else of the workspace.
 */
export function ClientAccessPanel({ slug, organizationId, organizationName, links, access }: { slug: string; organizationId: string; organizationName: string; links: ShareLinkRow[]; access: ClientAccess }) {
  return (
    <div className="space-y-8">
      <p className="text-sm text-ink-muted">
        Client executives read {organizationName}&apos;s executive summary, heatmaps and trend, and nothing else: no other organization, no participants, no comments, no figure for a group below the round&apos;s privacy minimum.
      </p>
      <section aria-labelledby="share-links-title" className="space-y-4">
        <h3 id="share-links-title" className="text-base font-semibold">
          Share links (no account needed)
        </h3>
        <ShareLinkForm action={createShareLinkAction.bind(null, slug, organizationId)} />
        {links.length === 0 ? (
          <p className="text-sm text-ink-muted">No share links yet.</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="Share links">
            {links.map((link) => (
              <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <div className="min-w-0 space-y-0.5">
                  <p className="font-medium">
                    {link.label ?? "Share link"} · <span className={link.state === "active" ? "text-green-800" : "text-ink-muted"}>{stateLabels[link.state]}</span>
                  </p>
                  <p className="text-ink-muted">
                    Created by {link.createdByName} on {dateFormat.format(link.createdAt)} · {link.state === "revoked" ? `revoked${link.revokedByName ? ` by ${link.revokedByName}` : ""} on ${dateFormat.format(link.revokedAt!)}` : `expires ${dateFormat.format(link.expiresAt)}`} ·{" "}
                    {link.lastUsedAt ? `last opened ${dateTimeFormat.format(link.lastUsedAt)} UTC (${link.useCount} ${link.useCount === 1 ? "view" : "views"})` : "never opened"}
                  </p>
                </div>
                {link.state === "active" ? (
                  <InlineActionForm action={revokeShareLinkAction.bind(null, slug, organizationId, link.id)} label="Revoke" detail={link.label ?? `the link created ${dateFormat.format(link.createdAt)}`} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="client-members-title" className="space-y-4">
        <h3 id="client-members-title" className="text-base font-semibold">
          Client executives with an account
        </h3>
        <p className="text-sm text-ink-muted">An invite link makes its bearer a member of this workspace who sees {organizationName} only. They sign in to read it, and keep access until you remove it.</p>
        <ClientInviteForm action={inviteClientAction.bind(null, slug, organizationId)} />
        {access.members.length + access.invitations.length === 0 ? (
          <p className="text-sm text-ink-muted">No client executives yet.</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="Client executives">
            {access.members.map((member) => (
              <li key={member.membershipId} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span className="min-w-0 break-words">
                  {member.name} · {member.email} · since {dateFormat.format(member.joinedAt)}
                </span>
                <InlineActionForm action={removeClientAction.bind(null, slug, organizationId, member.membershipId)} label="Remove access" detail={member.name} />
              </li>
            ))}
            {access.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span>
                  Invite link{invitation.note ? ` · ${invitation.note}` : ""} · not used yet · expires {dateFormat.format(invitation.expiresAt)}
                </span>
                <InlineActionForm action={withdrawClientInvitationAction.bind(null, slug, organizationId, invitation.id)} label="Withdraw" detail={invitation.note ?? "the invite link"} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
