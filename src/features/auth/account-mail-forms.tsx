"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

import { changeEmailAction, forgotPasswordAction } from "./account-mail-actions";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, idleFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        E-mail me a reset link
      </SubmitButton>
      <p className="text-center text-sm text-ink-muted">
        <Link className="font-medium text-brand-700 underline" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </form>
  );
}

export function ResetPasswordForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters, and not one of the most common passwords."
        errors={state.fieldErrors?.newPassword}
      />
      <SubmitButton className="w-full" pendingLabel="Setting…">
        Set new password
      </SubmitButton>
    </form>
  );
}

export function ChangeEmailForm() {
  const [state, action] = useActionState(changeEmailAction, idleFormState);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate key={state.status === "success" ? "done" : "editing"}>
      <FormMessage state={state} />
      <Field name="newEmail" label="New e-mail address" type="email" autoComplete="email" required defaultValue={state.values?.newEmail} errors={state.fieldErrors?.newEmail} />
      <Field name="password" label="Your password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pendingLabel="Sending…">Send a confirmation link</SubmitButton>
    </form>
  );
}

export function ConfirmEmailForm({ action, newEmail }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; newEmail: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link className="font-medium text-brand-700 underline" href="/account">
          Go to your account
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <p>
        Make <strong className="break-all">{newEmail}</strong> the address you sign in with?
      </p>
      <SubmitButton className="w-full" pendingLabel="Confirming…">
        Confirm new address
      </SubmitButton>
    </form>
  );
}
