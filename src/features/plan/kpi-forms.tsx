"use client";

import { useActionState, useId, useRef } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { directionLabels, kpiCatalog, kpiDirections } from "@/domain/plan/kpis";
import { idleFormState, type FormState } from "@/lib/form-state";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Add a KPI from the eight-step approach's list (name, unit and direction filled in) or your own. */
export function AddKpiForm({ action, roundName }: { action: FormAction; roundName: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const selectId = useId();
  const directionId = useId();
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const fill = (key: string) => {
    const form = formRef.current;
    const kpi = kpiCatalog.find((entry) => entry.key === key);
    if (!form || !kpi) return;
    (form.elements.namedItem("name") as HTMLInputElement).value = kpi.name;
    (form.elements.namedItem("unit") as HTMLInputElement).value = kpi.unit;
    (form.elements.namedItem("direction") as HTMLSelectElement).value = kpi.direction;
  };
  return (
    <form ref={formRef} action={formAction} className="space-y-3" key={state.status === "success" ? state.message : "form"} noValidate>
      <FormMessage state={state} />
      <div>
        <label htmlFor={selectId} className="block text-sm font-medium">
          KPI
        </label>
        <select id={selectId} name="catalogKey" defaultValue={values.catalogKey ?? ""} onChange={(event) => fill(event.target.value)} className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2">
          <option value="">Your own KPI (type its name below)</option>
          <optgroup label="From the eight-step approach (step 4)">
            {kpiCatalog.map((kpi) => (
              <option key={kpi.key} value={kpi.key}>
                {kpi.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="name" label="Name" maxLength={120} defaultValue={values.name ?? ""} errors={state.fieldErrors?.name} required />
        <Field name="unit" label="Unit" hint="Such as %, minutes, pages." maxLength={30} defaultValue={values.unit ?? ""} errors={state.fieldErrors?.unit} required />
        <div>
          <label htmlFor={directionId} className="block text-sm font-medium">
            Which way is better
          </label>
          <select id={directionId} name="direction" defaultValue={values.direction ?? "HIGHER_IS_BETTER"} className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2">
            {kpiDirections.map((direction) => (
              <option key={direction} value={direction}>
                {directionLabels[direction]}
              </option>
            ))}
          </select>
        </div>
        <Field name="baseline" label={`Baseline at ${roundName} (optional)`} inputMode="decimal" maxLength={40} defaultValue={values.baseline ?? ""} errors={state.fieldErrors?.baseline} />
      </div>
      <SubmitButton>Add KPI</SubmitButton>
    </form>
  );
}

/** One KPI's value at one round: type it and save; empty removes it. */
export function KpiValueForm({ action, value, label }: { action: FormAction; value: string; label: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const shown = state.status === "error" ? (state.values?.value ?? value) : value;
  return (
    <form action={formAction} className="flex items-start gap-1">
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <div>
        <input
          id={inputId}
          name="value"
          inputMode="decimal"
          defaultValue={shown}
          key={shown}
          maxLength={40}
          aria-invalid={state.fieldErrors?.value ? true : undefined}
          aria-describedby={state.fieldErrors?.value ? errorId : undefined}
          className="w-24 rounded-md border border-line bg-surface px-2 py-1 text-sm aria-[invalid=true]:border-red-700"
        />
        {state.fieldErrors?.value ? (
          <p id={errorId} className="text-xs font-medium text-red-800">
            {state.fieldErrors.value.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton size="sm" variant="secondary" aria-label={`Save ${label}`}>
        Save
      </SubmitButton>
    </form>
  );
}
