"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { governanceTiers, sevenSins, sinExposureLabels, sinExposures } from "@/domain/boundaries";

import type { BoundariesFormState } from "./boundaries-actions";
import { governanceFieldName, sinFieldName, type ReviewDraft } from "./review-form-data";

type BoundariesFormProps = {
  action: (previous: BoundariesFormState, formData: FormData) => Promise<BoundariesFormState>;
  initial: ReviewDraft;
};

const exposureChoices = [{ value: "", label: "Not assessed yet" }, ...sinExposures.map((value) => ({ value, label: sinExposureLabels[value] }))];

function SinFields({ sin, draft, errors }: { sin: (typeof sevenSins)[number]; draft: ReviewDraft["sins"][string]; errors: Record<string, string[]> }) {
  const errorsOf = (field: string) => errors[`sins.${sin.id}.${field}`];
  return (
    <fieldset className="space-y-3 rounded-lg border border-line bg-surface p-4 sm:p-5">
      <legend className="px-1 text-lg font-semibold">{sin.name}</legend>
      <p className="text-sm text-ink-muted">{sin.description}</p>
      <p className="text-sm">
        <span className="font-semibold">Ask: </span>
        {sin.question}
      </p>
      <fieldset>
        <legend className="text-sm font-medium">Is the client exposed?</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {exposureChoices.map((choice) => (
            <label key={choice.value} className="flex cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name={sinFieldName(sin.id, "exposure")} value={choice.value} defaultChecked={draft.exposure === choice.value} className="h-4 w-4 accent-brand-600" />
              {choice.label}
            </label>
          ))}
        </div>
        {errorsOf("exposure") ? <p className="mt-1 text-sm font-medium text-red-800">{errorsOf("exposure")!.join(" ")}</p> : null}
      </fieldset>
      <div className="grid gap-3 md:grid-cols-2">
        <Field name={sinFieldName(sin.id, "evidence")} label="Evidence" multiline rows={3} maxLength={2000} defaultValue={draft.evidence} errors={errorsOf("evidence")} />
        <Field name={sinFieldName(sin.id, "mitigation")} label="Mitigation" multiline rows={3} maxLength={2000} defaultValue={draft.mitigation} errors={errorsOf("mitigation")} />
      </div>
      <Field name={sinFieldName(sin.id, "owner")} label="Owner of the mitigation" maxLength={200} defaultValue={draft.owner} errors={errorsOf("owner")} className="max-w-md" />
    </fieldset>
  );
}

/** The review as a form: seven sins, then the four governance tiers as a checklist. */
export function BoundariesForm({ action, initial }: BoundariesFormProps) {
  const [state, formAction] = useActionState(action, { status: "idle" } as BoundariesFormState);
  const draft = state.draft ?? initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-10" noValidate>
      <section aria-labelledby="sins-title" className="space-y-4">
        <h2 id="sins-title" className="text-xl font-semibold">
          The Seven Deadly Sins
        </h2>
        {sevenSins.map((sin) => (
          <SinFields key={sin.id} sin={sin} draft={draft.sins[sin.id]!} errors={errors} />
        ))}
      </section>
      <section aria-labelledby="governance-title" className="space-y-4">
        <h2 id="governance-title" className="text-xl font-semibold">
          Governance: what is in place
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {governanceTiers.map((tier) => (
            <fieldset key={tier.id} className="space-y-2 rounded-lg border border-line bg-surface p-4 sm:p-5">
              <legend className="px-1 text-lg font-semibold">{tier.name}</legend>
              <p className="text-sm text-ink-muted">{tier.description}</p>
              {tier.items.map((item) => (
                <label key={item.id} className="flex cursor-pointer items-start gap-3 text-sm">
                  <input type="checkbox" name={governanceFieldName(item.id)} defaultChecked={draft.governance[item.id]} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
                  <span>{item.text}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </section>
      <div className="space-y-3">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Saving…">Save the review</SubmitButton>
      </div>
    </form>
  );
}
