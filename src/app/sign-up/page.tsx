import type { Metadata } from "next";

import { AuthCard } from "@/components/auth-card";
import { SignUpForm } from "@/features/auth/sign-up-form";
import { previewInvitation } from "@/server/members";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { invite } = await searchParams;
  const token = typeof invite === "string" ? invite : undefined;
  const preview = token ? await previewInvitation(token) : undefined;
  const workspaceName = preview?.status === "valid" ? preview.workspaceName : undefined;
  return (
    <AuthCard
      title="Create an account"
      intro={workspaceName ? `You have been invited to ${workspaceName}.` : "For consultants and teams who run MPEM assessments."}
    >
      <SignUpForm invite={workspaceName ? token : undefined} inviteWorkspace={workspaceName} />
    </AuthCard>
  );
}
