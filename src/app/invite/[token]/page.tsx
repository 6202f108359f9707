import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard } from "@/components/auth-card";
import { ActionButtonForm } from "@/components/form/action-button-form";
import { Button } from "@/components/ui/button";
import { roleLabels } from "@/domain/access/permissions";
import { acceptInvitationAction } from "@/features/members/member-actions";
import { getActor } from "@/server/auth/session";
import { invitationProblem, previewInvitation } from "@/server/members";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const [preview, actor] = await Promise.all([previewInvitation(token), getActor()]);
  if (preview.status !== "valid") {
    return (
      <AuthCard title="This invite link cannot be used">
        <p>{invitationProblem(preview.status)}</p>
      </AuthCard>
    );
  }
  const intro = preview.organizationName
    ? `${preview.workspaceName} invites you to read ${preview.organizationName}'s assessment results (executive summary, heatmaps and trend) as a client executive.`
    : `You are invited to join ${preview.workspaceName} as ${roleLabels[preview.role].toLowerCase()}.`;
  if (!actor) {
    return (
      <AuthCard title="Join a workspace" intro={intro}>
        <div className="flex flex-wrap gap-3">
          <Button asChild>
            <Link href={`/sign-up?invite=${encodeURIComponent(token)}`}>Create an account</Link>
          </Button>
          <Button asChild variant="secondary">
            <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`}>Sign in</Link>
          </Button>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Join a workspace" intro={intro}>
      <p className="mb-4 text-sm text-ink-muted">Signed in as {actor.email}.</p>
      <ActionButtonForm action={acceptInvitationAction.bind(null, token)} label={`Join ${preview.workspaceName}`} pendingLabel="Joining…" />
    </AuthCard>
  );
}
