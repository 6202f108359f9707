import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard } from "@/components/auth-card";
import { confirmEmailAction } from "@/features/auth/account-mail-actions";
import { ConfirmEmailForm } from "@/features/auth/account-mail-forms";
import { emailChangeProblem, previewEmailChange } from "@/server/auth/email-change";

export const metadata: Metadata = { title: "Confirm your new e-mail address", referrer: "no-referrer" };

// Opening the link shows a button; only pressing it changes the address, so a mail scanner that
// follows links cannot use it up.
export default async function ConfirmEmailPage({ params }: PageProps<"/confirm-email/[token]">) {
  const { token } = await params;
  const preview = await previewEmailChange(token);
  if (preview.status !== "valid") {
    return (
      <AuthCard title="This confirmation link does not work">
        <div className="space-y-4">
          <p>{emailChangeProblem(preview.status)}</p>
          <Link className="font-medium text-brand-700 underline" href="/account">
            Go to your account
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Confirm your new e-mail address">
      <ConfirmEmailForm action={confirmEmailAction.bind(null, token)} newEmail={preview.newEmail} />
    </AuthCard>
  );
}
