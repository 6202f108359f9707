"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

export function CreateRoundForm({ action, suggestedName }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; suggestedName: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Name" hint="For example H1 2027." required maxLength={80} defaultValue={state.values?.name ?? suggestedName} errors={state.fieldErrors?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="opensOn" label="Opens on (optional)" type="date" defaultValue={state.values?.opensOn} errors={state.fieldErrors?.opensOn} />
        <Field name="closesOn" label="Closes on (optional)" type="date" defaultValue={state.values?.closesOn} errors={state.fieldErrors?.closesOn} />
      </div>
      <Field
        name="groups"
        label="Participant groups"
        hint="One per line, for example Marketing, IT, Leadership. Results can be split by group."
        multiline
        rows={3}
        defaultValue={state.values?.groups ?? "Marketing\nIT\nLeadership"}
        errors={state.fieldErrors?.groups}
      />
      <SubmitButton pendingLabel="Creating…">Create round</SubmitButton>
    </form>
  );
}
