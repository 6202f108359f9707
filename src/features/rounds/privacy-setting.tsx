"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

/** The round's privacy minimum: how many people's answers any figure in its results must rest on. */
export function PrivacySetting({ action, value }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; value: number }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="max-w-lg space-y-3" noValidate>
      <FormMessage state={state} />
      <Field
        name="minGroupSize"
        label="Minimum group size"
        type="number"
        inputMode="numeric"
        min={3}
        max={50}
        required
        hint="Results show no figure resting on fewer people's answers than this, and fold smaller groups into “Other”. At least 3; raise it for a sensitive assessment."
        defaultValue={state.values?.minGroupSize ?? String(value)}
        errors={state.fieldErrors?.minGroupSize}
        className="max-w-xs"
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save minimum
      </SubmitButton>
    </form>
  );
}
