"use client";

import { useActionState, useId } from "react";
import Link from "next/link";

import { SubmitButton } from "@/components/form/submit-button";
import { FormMessage } from "@/components/form/form-message";

import type { ImportState } from "./framework-actions";

type ImportFrameworkFormProps = { action: (previous: ImportState, formData: FormData) => Promise<ImportState> };

const controlClass =
  "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm focus-visible:outline-3 focus-visible:outline-brand-600";

/** Upload (or paste) a model file; every problem in it is listed with its line, for the reader to fix in their own file. */
export function ImportFrameworkForm({ action }: ImportFrameworkFormProps) {
  const [state, formAction] = useActionState(action, { status: "idle" } as ImportState);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const problems = state.status === "error" ? (state.fieldErrors?.file ?? []) : [];
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={state} />
      {problems.length > 0 ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <h3 id={`${id}-problems`} className="font-semibold">
            {problems.length === 1 ? "What to fix" : `What to fix (${problems.length})`}
          </h3>
          <ul aria-labelledby={`${id}-problems`} className="mt-2 list-disc space-y-1 pl-5 font-mono text-xs break-words">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.imported ? (
        <p className="text-sm">
          <Link className="font-medium text-brand-700 underline" href={state.imported.href}>
            See {state.imported.name}, version {state.imported.version}
          </Link>
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-ink">
          Model file (JSON or YAML)
        </label>
        <p id={`${id}-file-hint`} className="text-sm text-ink-muted">
          At most 512 KB. Categories, dimensions, any number of levels with a descriptor for every dimension, and optionally business outcomes.
        </p>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
          aria-describedby={`${id}-file-hint`}
          aria-invalid={problems.length > 0 || undefined}
          className={controlClass}
        />
      </div>
      <div>
        <label htmlFor={`${id}-pasted`} className="block text-sm font-medium text-ink">
          Or paste it here
        </label>
        <textarea id={`${id}-pasted`} name="pasted" rows={6} defaultValue={state.values?.pasted} className={`${controlClass} font-mono text-sm`} />
      </div>
      <SubmitButton pendingLabel="Importing…">Import</SubmitButton>
    </form>
  );
}
