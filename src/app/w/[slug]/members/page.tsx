import type { Metadata } from "next";

import { can } from "@/domain/access/permissions";
import { InviteForm } from "@/features/members/invite-form";
import { createInvitationAction } from "@/features/members/member-actions";
import { MembersTable } from "@/features/members/members-table";
import { PendingInvitations } from "@/features/members/pending-invitations";
import { requireActor } from "@/server/auth/session";
import { describeInvitationMail } from "@/features/mail/invitation-mail-note";
import { listInvitationMail } from "@/server/mail/invitation-mail";
import { listMembers, listPendingInvitations } from "@/server/members";
import { loadForPage } from "@/server/outcomes";
import { getWorkspace } from "@/server/workspaces";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: PageProps<"/w/[slug]/members">) {
  const { slug } = await params;
  const path = `/w/${slug}/members`;
  const actor = await requireActor(path);
  const { workspace, members, invitations, invitationMail } = await loadForPage(async () => {
    const workspace = await getWorkspace(actor, slug);
    const canInvite = can(workspace.role, "member.invite");
    const [members, invitations, invitationMail] = await Promise.all([
      listMembers(actor, slug),
      canInvite ? listPendingInvitations(actor, slug) : Promise.resolve(null),
      canInvite ? listInvitationMail(actor, slug) : Promise.resolve({}),
    ]);
    return { workspace, members, invitations, invitationMail };
  }, path);
  const canManage = can(workspace.role, "member.update-role");
  return (
    <div className="space-y-10">
      <section aria-labelledby="members-title" className="space-y-4">
        <h1 id="members-title" className="text-2xl font-bold text-brand-900">
          Members
        </h1>
        <MembersTable slug={slug} members={members} canManage={canManage} currentUserId={actor.userId} />
      </section>
      {invitations ? (
        <>
          <section aria-labelledby="invite-title" className="space-y-3">
            <h2 id="invite-title" className="text-lg font-semibold">
              Invite a colleague
            </h2>
            <p className="max-w-2xl text-sm text-ink-muted">
              Create a one-time link: we e-mail it to your colleague, or you send it however you like. Whoever opens it first joins this workspace with
              the role you choose.
            </p>
            <InviteForm action={createInvitationAction.bind(null, slug)} />
          </section>
          <section aria-labelledby="pending-title" className="space-y-3">
            <h2 id="pending-title" className="text-lg font-semibold">
              Open invite links
            </h2>
            <PendingInvitations slug={slug} invitations={invitations} mailNotes={describeInvitationMail(invitationMail)} />
          </section>
        </>
      ) : null}
    </div>
  );
}
