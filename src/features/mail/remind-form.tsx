"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; remindable: number; defaultNote: string; isOpen: boolean };

export function RemindForm({ action, remindable, defaultNote, isOpen }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  if (!isOpen) return <p className="text-sm text-ink-muted">Reminders go only to an open round&apos;s participants.</p>;
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate>
      <FormMessage state={state} />
      <details className="rounded-md border border-line p-3">
        <summary className="cursor-pointer text-sm font-medium">Edit the reminder&apos;s message</summary>
        <Field name="note" label="Reminder message" multiline rows={4} maxLength={2000} defaultValue={state.values?.note || defaultNote} errors={state.fieldErrors?.note} className="mt-3" />
      </details>
      {remindable > 0 ? (
        <SubmitButton variant="secondary" pendingLabel="Reminding…">
          Remind the {remindable} who {remindable === 1 ? "has" : "have"} not finished
        </SubmitButton>
      ) : (
        <p className="text-sm text-ink-muted">Nobody to remind: everyone who was e-mailed their link has finished.</p>
      )}
      <p className="text-sm text-ink-muted">Reminders repeat each person&apos;s own link. People who finished, whose link was withdrawn, or who were never e-mailed their link get none.</p>
    </form>
  );
}
