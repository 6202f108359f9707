"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

export function ArchiveForm({ action, archived }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; archived: boolean }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingLabel={archived ? "Restoring…" : "Archiving…"}>
        {archived ? "Restore organization" : "Archive organization"}
      </SubmitButton>
    </form>
  );
}
