"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

export function RoundStatusForm({ action, label, variant }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; label: string; variant: "primary" | "secondary" }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton variant={variant} pendingLabel="…">
        {label}
      </SubmitButton>
    </form>
  );
}
