"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState } from "@/lib/form-state";

import { changePassword } from "./auth-actions";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePassword, idleFormState);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate key={state.status === "success" ? "done" : "editing"}>
      <FormMessage state={state} />
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.currentPassword} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters, and not one of the most common passwords."
        errors={state.fieldErrors?.newPassword}
      />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
