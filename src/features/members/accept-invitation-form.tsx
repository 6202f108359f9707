"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

export function AcceptInvitationForm({ action, workspaceName }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; workspaceName: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Joining…">Join {workspaceName}</SubmitButton>
    </form>
  );
}
