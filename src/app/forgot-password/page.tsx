import type { Metadata } from "next";

import { AuthCard } from "@/components/auth-card";
import { ForgotPasswordForm } from "@/features/auth/account-mail-forms";
import { isMailConfigured } from "@/server/mail/outbox-read";

export const metadata: Metadata = { title: "Forgot password" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Forgot your password?" intro="Give the address you sign in with: we e-mail it a link to choose a new password.">
      {isMailConfigured() ? null : (
        <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          This server cannot send e-mail yet (no <code>SMTP_URL</code>), so a reset link cannot reach you. Ask the person who runs it to set up mail.
        </p>
      )}
      <ForgotPasswordForm />
    </AuthCard>
  );
}
