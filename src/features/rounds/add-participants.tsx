"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";

import { IssuedLinks } from "./issued-links";
import type { LinksState } from "./round-actions";

type Action = (previous: LinksState, formData: FormData) => Promise<LinksState>;

/** People who seem to be in the round already, and the two ways on: skip them or add them anyway. */
function DuplicateChoice({ state, single }: { state: LinksState; single: boolean }) {
  if (!state.duplicates?.length) return null;
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {state.duplicates.map((duplicate) => (
          <li key={`${duplicate.line}-${duplicate.displayName}`}>
            {duplicate.line ? `Line ${duplicate.line}: ` : ""}
            {duplicate.displayName} {duplicate.reason === "in-round" ? "is already in this round" : "appears earlier in this list"}.
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        {single ? null : (
          <SubmitButton name="onDuplicate" value="skip" pendingLabel="Adding…">
            Skip them, add the others
          </SubmitButton>
        )}
        <SubmitButton name="onDuplicate" value="add" variant="secondary" pendingLabel="Adding…">
          {single ? "Add anyway" : "Add them anyway"}
        </SubmitButton>
      </div>
    </div>
  );
}

export function AddParticipant({ action, groups }: { action: Action; groups: string[] }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as LinksState);
  const keep = state.status === "error";
  return (
    <div className="space-y-3">
      <form action={formAction} className="max-w-3xl space-y-3" noValidate>
        <div className="grid gap-3 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-end">
          <Field name="displayName" label="Name" required maxLength={80} defaultValue={keep ? state.values?.displayName : ""} errors={state.fieldErrors?.displayName} key={`n-${state.links?.length ?? 0}`} />
          <Field name="email" label="E-mail (optional)" type="email" defaultValue={keep ? state.values?.email : ""} errors={state.fieldErrors?.email} key={`e-${state.links?.length ?? 0}`} />
          <div className="space-y-1">
            <label htmlFor="participant-group" className="block text-sm font-medium">
              Group
            </label>
            <select id="participant-group" name="group" defaultValue={state.values?.group ?? ""} className="block w-full rounded-md border border-line bg-surface px-3 py-2" aria-describedby={state.fieldErrors?.group ? "participant-group-error" : undefined}>
              <option value="">No group</option>
              {groups.map((group) => (
                <option key={group} value={group}>
                  {group}
                </option>
              ))}
            </select>
            {state.fieldErrors?.group ? (
              <p id="participant-group-error" className="text-sm font-medium text-red-800">
                {state.fieldErrors.group.join(" ")}
              </p>
            ) : null}
          </div>
          <SubmitButton pendingLabel="Adding…">Add participant</SubmitButton>
        </div>
        <FormMessage state={state} />
        <DuplicateChoice state={state} single />
      </form>
      <IssuedLinks links={state.links ?? []} />
    </div>
  );
}

export function PasteParticipants({ action, groups }: { action: Action; groups: string[] }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as LinksState);
  return (
    <div className="space-y-3">
      <form action={formAction} className="max-w-3xl space-y-3" noValidate>
        <Field
          name="list"
          label="Paste a list"
          hint={`One person per line: name, e-mail (optional), group (optional${groups.length ? `: ${groups.join(", ")}` : ""}). Commas or tabs, as copied from a spreadsheet; a first row of column titles is fine.`}
          multiline
          rows={5}
          defaultValue={state.status === "error" ? state.values?.list : ""}
          errors={state.fieldErrors?.list}
          key={`l-${state.links?.length ?? 0}`}
        />
        <SubmitButton pendingLabel="Adding…">Add everyone</SubmitButton>
        <FormMessage state={state} />
        <DuplicateChoice state={state} single={false} />
      </form>
      <IssuedLinks links={state.links ?? []} />
    </div>
  );
}
