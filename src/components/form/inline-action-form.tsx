"use client";

import { useActionState, type ReactNode } from "react";

import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

/** A one-button (or one-select) form whose outcome appears beside it. */
export function InlineActionForm({
  action,
  label,
  detail,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  /** Read after the label by screen readers only, so ten "Revoke" buttons say which is which. */
  detail?: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {children}
      <SubmitButton size="sm" variant="secondary" pendingLabel="…">
        {label}
        {detail ? <span className="sr-only"> {detail}</span> : null}
      </SubmitButton>
      <span role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "text-sm text-red-800" : "text-sm text-ink-muted"}>
        {state.message}
      </span>
    </form>
  );
}
