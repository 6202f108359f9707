"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";

import { IssuedLinks } from "./issued-links";
import type { LinksState } from "./round-actions";

type Action = (previous: LinksState, formData: FormData) => Promise<LinksState>;

export function AddParticipant({ action, groups }: { action: Action; groups: string[] }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as LinksState);
  return (
    <div className="space-y-3">
      <form action={formAction} className="grid max-w-3xl gap-3 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-end" noValidate>
        <Field name="displayName" label="Name" required maxLength={80} defaultValue={state.status === "error" ? state.values?.displayName : ""} errors={state.fieldErrors?.displayName} key={`n-${state.links?.length ?? 0}`} />
        <Field name="email" label="E-mail (optional)" type="email" defaultValue={state.status === "error" ? state.values?.email : ""} errors={state.fieldErrors?.email} key={`e-${state.links?.length ?? 0}`} />
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
      </form>
      <FormMessage state={state} />
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
          hint={`One person per line: name, e-mail (optional), group (optional${groups.length ? `: ${groups.join(", ")}` : ""}). Commas or tabs, as copied from a spreadsheet.`}
          multiline
          rows={5}
          defaultValue={state.status === "error" ? state.values?.list : ""}
          errors={state.fieldErrors?.list}
          key={`l-${state.links?.length ?? 0}`}
        />
        <SubmitButton pendingLabel="Adding…">Add everyone</SubmitButton>
      </form>
      <FormMessage state={state} />
      <IssuedLinks links={state.links ?? []} />
    </div>
  );
}
