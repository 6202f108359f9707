"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

type OrganizationFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial?: { name: string; industry: string | null; businessUnits: string[] };
  submitLabel: string;
};

export function OrganizationForm({ action, initial, submitLabel }: OrganizationFormProps) {
  const [state, formAction] = useActionState(action, idleFormState);
  const values = state.values ?? {
    name: initial?.name ?? "",
    industry: initial?.industry ?? "",
    businessUnits: initial?.businessUnits.join("\n") ?? "",
  };
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Name" required maxLength={120} defaultValue={values.name} errors={state.fieldErrors?.name} key={`name-${values.name}`} />
      <Field name="industry" label="Industry (optional)" maxLength={80} defaultValue={values.industry} errors={state.fieldErrors?.industry} key={`industry-${values.industry}`} />
      <Field
        name="businessUnits"
        label="Business units (optional)"
        hint="One per line."
        multiline
        rows={4}
        defaultValue={values.businessUnits}
        errors={state.fieldErrors?.businessUnits}
        key={`units-${values.businessUnits}`}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
