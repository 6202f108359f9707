"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; days: number[] };

export function ReminderSettings({ action, days }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="flex max-w-2xl flex-wrap items-end gap-3" noValidate>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
      <Field
        name="reminderDays"
        label="Automatic reminders, days before the closing date"
        hint='For example "3, 1". Leave empty or write "off" for none.'
        defaultValue={state.values?.reminderDays ?? days.join(", ")}
        errors={state.fieldErrors?.reminderDays}
        className="min-w-0 flex-1"
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save reminders
      </SubmitButton>
    </form>
  );
}
