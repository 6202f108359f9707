"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState } from "@/lib/form-state";

import { signIn } from "./auth-actions";

export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action] = useActionState(signIn, idleFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {notice && state.status === "idle" ? <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">{notice}</p> : null}
      <FormMessage state={state} />
      <input type="hidden" name="next" value={state.values?.next ?? next ?? ""} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton className="w-full" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm">
        <Link className="font-medium text-brand-700 underline" href="/forgot-password">
          Forgot your password?
        </Link>
      </p>
      <p className="text-center text-sm text-ink-muted">
        New here?{" "}
        <Link className="font-medium text-brand-700 underline" href="/sign-up">
          Create an account
        </Link>
      </p>
    </form>
  );
}
