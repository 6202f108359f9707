import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard } from "@/components/auth-card";
import { resetPasswordAction } from "@/features/auth/account-mail-actions";
import { ResetPasswordForm } from "@/features/auth/account-mail-forms";
import { previewResetLink, resetLinkProblem } from "@/server/auth/password-reset";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const status = await previewResetLink(token);
  if (status !== "valid") {
    return (
      <AuthCard title="This reset link does not work">
        <div className="space-y-4">
          <p>{resetLinkProblem(status)}</p>
          <Link className="font-medium text-brand-700 underline" href="/forgot-password">
            Ask for a new link
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro="Setting it signs you out on every device; then you sign in with the new password.">
      <ResetPasswordForm action={resetPasswordAction.bind(null, token)} />
    </AuthCard>
  );
}
