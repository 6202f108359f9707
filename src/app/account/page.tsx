import type { Metadata } from "next";

import { ChangeEmailForm } from "@/features/auth/account-mail-forms";
import { ChangePasswordForm } from "@/features/auth/change-password-form";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor("/account");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold text-brand-900">Your account</h1>
        <p className="mt-1 text-ink-muted">
          Signed in as {actor.name} ({actor.email}).
        </p>
      </header>
      <section aria-labelledby="password-title" className="space-y-3">
        <h2 id="password-title" className="text-lg font-semibold">
          Change password
        </h2>
        <p className="text-sm text-ink-muted">Changing your password signs you out on every other device.</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="email-title" className="space-y-3">
        <h2 id="email-title" className="text-lg font-semibold">
          Change e-mail address
        </h2>
        <p className="text-sm text-ink-muted">We e-mail a link to the new address; your address changes when you open it there. The old address is told.</p>
        <ChangeEmailForm />
      </section>
    </div>
  );
}
