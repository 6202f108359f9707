"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

type ConsensusFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  dimensionId: string;
  dimensionName: string;
  levels: readonly { rank: number; name: string }[];
  /** Pre-selected: the recorded consensus, else the medians rounded down. */
  suggested: { currentLevel: number | null; targetLevel: number | null };
  recorded: { rationale: string; dissent: string | null } | null;
};

/** After discussion: the agreed levels, why, and who disagrees. Recording again corrects it. */
export function ConsensusForm({ action, dimensionId, dimensionName, levels, suggested, recorded }: ConsensusFormProps) {
  const [state, formAction] = useActionState(action, idleFormState);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const errors = state.fieldErrors ?? {};
  const select = (name: "currentLevel" | "targetLevel", label: string, chosen: number | null) => (
    <div>
      <label htmlFor={`consensus-${name}`} className="block text-lg font-semibold">
        {label}
      </label>
      <select
        id={`consensus-${name}`}
        name={name}
        defaultValue={value(name, chosen === null ? "" : String(chosen))}
        required
        aria-invalid={errors[name] ? true : undefined}
        className="mt-1 block h-12 w-full rounded-md border-2 border-slate-500 bg-white px-3 text-lg"
      >
        <option value="">Choose a level</option>
        {levels.map((level) => (
          <option key={level.rank} value={level.rank}>
            {level.rank} · {level.name}
          </option>
        ))}
      </select>
      {errors[name] ? <p className="mt-1 font-medium text-red-800">{errors[name].join(" ")}</p> : null}
    </div>
  );
  return (
    <form action={formAction} className="space-y-4 rounded-lg border-2 border-slate-300 bg-slate-50 p-5" aria-labelledby="consensus-title">
      <h2 id="consensus-title" className="text-2xl font-bold">
        Record the consensus for {dimensionName}
      </h2>
      <input type="hidden" name="dimensionId" value={dimensionId} />
      <div className="grid gap-4 sm:grid-cols-2">
        {select("currentLevel", "Agreed today", suggested.currentLevel)}
        {select("targetLevel", "Agreed needed", suggested.targetLevel)}
      </div>
      <div>
        <label htmlFor="consensus-rationale" className="block text-lg font-semibold">
          Rationale
        </label>
        <textarea
          id="consensus-rationale"
          name="rationale"
          rows={3}
          maxLength={2000}
          required
          defaultValue={value("rationale", recorded?.rationale ?? "")}
          aria-invalid={errors.rationale ? true : undefined}
          className="mt-1 block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-lg"
        />
        {errors.rationale ? <p className="mt-1 font-medium text-red-800">{errors.rationale.join(" ")}</p> : null}
      </div>
      <div>
        <label htmlFor="consensus-dissent" className="block text-lg font-semibold">
          Dissent (optional)
        </label>
        <textarea id="consensus-dissent" name="dissent" rows={2} maxLength={2000} defaultValue={value("dissent", recorded?.dissent ?? "")} className="mt-1 block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-lg" />
      </div>
      <FormMessage state={state} />
      <SubmitButton size="lg" pendingLabel="Recording…">
        {recorded ? "Correct the consensus" : "Record consensus"}
      </SubmitButton>
    </form>
  );
}
