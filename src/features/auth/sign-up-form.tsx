"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState } from "@/lib/form-state";

import { signUp } from "./auth-actions";

export function SignUpForm({ invite, inviteWorkspace }: { invite?: string; inviteWorkspace?: string }) {
  const [state, action] = useActionState(signUp, idleFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <Field name="name" label="Your name" autoComplete="name" required maxLength={80} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters, and not one of the most common passwords. A phrase of several words works well."
        errors={state.fieldErrors?.password}
      />
      {inviteWorkspace ? (
        <p className="text-sm text-ink-muted">You will join {inviteWorkspace}.</p>
      ) : (
        <Field
          name="workspaceName"
          label="Workspace name"
          hint="Your consultancy or team. You become its owner and can invite colleagues."
          maxLength={80}
          defaultValue={state.values?.workspaceName}
          errors={state.fieldErrors?.workspaceName}
        />
      )}
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-ink-muted">
        Already have an account?{" "}
        <Link className="font-medium text-brand-700 underline" href={invite ? `/sign-in?next=${encodeURIComponent(`/invite/${invite}`)}` : "/sign-in"}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
