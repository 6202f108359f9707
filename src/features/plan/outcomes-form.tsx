"use client";

import { useActionState, useState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

export type OutcomeChoice = { outcomeId: string; name: string; weight: number; scenarios: readonly string[]; dimensionNames: string[] };

const WEIGHTS = [
  [1, "1 · nice to have"],
  [2, "2"],
  [3, "3 · important"],
  [4, "4"],
  [5, "5 · essential"],
] as const;

function OutcomeRow({ outcome, error }: { outcome: OutcomeChoice; error?: string[] }) {
  const [checked, setChecked] = useState(outcome.weight > 0);
  const checkboxId = `outcome-${outcome.outcomeId}`;
  const weightId = `weight-${outcome.outcomeId}`;
  return (
    <li className="rounded-md border border-line p-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          {/* Uncontrolled: React resets a form after its action, and a reset would leave a controlled box out of step. */}
          <input id={checkboxId} type="checkbox" name="outcome" value={outcome.outcomeId} defaultChecked={outcome.weight > 0} onChange={(event) => setChecked(event.target.checked)} className="size-5" />
          <label htmlFor={checkboxId} className="font-medium">
            {outcome.name}
          </label>
        </div>
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={weightId}>Weight</label>
          <select id={weightId} name={`weight-${outcome.outcomeId}`} defaultValue={outcome.weight > 0 ? outcome.weight : 3} disabled={!checked} className="rounded-md border border-line bg-surface px-2 py-1 disabled:opacity-60" aria-invalid={error ? true : undefined}>
            {WEIGHTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="mt-1 text-sm text-ink-muted">Driven by {outcome.dimensionNames.join(", ")}.</p>
      {error ? <p className="mt-1 text-sm font-medium text-red-800">{error.join(" ")}</p> : null}
    </li>
  );
}

/** Which business outcomes the client targets, and how much each matters (1–5). */
export function OutcomesForm({ outcomes, action }: { outcomes: OutcomeChoice[]; action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <fieldset>
        <legend className="sr-only">Target business outcomes and their weights</legend>
        <ul className="grid gap-2 md:grid-cols-2">
          {outcomes.map((outcome) => (
            // Keyed on the saved weight: a row starts afresh from what the server now holds.
            <OutcomeRow key={`${outcome.outcomeId}-${outcome.weight}`} outcome={outcome} error={state.fieldErrors?.[`weight-${outcome.outcomeId}`]} />
          ))}
        </ul>
      </fieldset>
      <SubmitButton>Save target outcomes</SubmitButton>
    </form>
  );
}
