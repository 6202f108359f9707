"use client";

import { useActionState, useId } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

import { defaultFrameworkChoice, type FrameworkOptionGroup } from "./framework-options";

type CreateRoundFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  suggestedName: string;
  frameworks: FrameworkOptionGroup[];
};

/** Which model the round runs on: built-in or the workspace's own, latest version first. */
function FrameworkSelect({ groups, value, errors }: { groups: FrameworkOptionGroup[]; value: string; errors?: string[] }) {
  const id = `framework-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        Framework
      </label>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        The model participants answer. It cannot be changed once the round exists.
      </p>
      <select
        id={id}
        name="framework"
        defaultValue={value}
        aria-describedby={errors?.length ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={errors?.length ? true : undefined}
        className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm focus-visible:outline-3 focus-visible:outline-brand-600"
      >
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function CreateRoundForm({ action, suggestedName, frameworks }: CreateRoundFormProps) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Name" hint="For example H1 2027." required maxLength={80} defaultValue={state.values?.name ?? suggestedName} errors={state.fieldErrors?.name} />
      <FrameworkSelect groups={frameworks} value={state.values?.framework || defaultFrameworkChoice} errors={state.fieldErrors?.framework} />
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
