"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { Field } from "@/components/form/field";
import { roleDescriptions, roleLabels, roles } from "@/domain/access/permissions";

import type { InvitationState } from "./member-actions";

export function InviteForm({ action }: { action: (previous: InvitationState, formData: FormData) => Promise<InvitationState> }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as InvitationState);
  return (
    <div className="space-y-4">
      <form action={formAction} className="max-w-lg space-y-4" noValidate>
        <FormMessage state={state} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Role</legend>
          {roles.map((role) => (
            <label key={role} className="flex items-start gap-2 text-sm">
              <input type="radio" name="role" value={role} defaultChecked={role === (state.values?.role || "CONSULTANT")} className="mt-1" />
              <span>
                <span className="font-medium">{roleLabels[role]}</span> — {roleDescriptions[role]}
              </span>
            </label>
          ))}
          {state.fieldErrors?.role ? <p className="text-sm font-medium text-red-800">{state.fieldErrors.role.join(" ")}</p> : null}
        </fieldset>
        <Field
          name="email"
          label="Their e-mail (optional)"
          type="email"
          autoComplete="off"
          hint="We e-mail them the invitation. Leave it empty to copy the link and send it yourself."
          maxLength={254}
          defaultValue={state.values?.email}
          errors={state.fieldErrors?.email}
        />
        <Field name="note" label="Note (optional)" hint="Who the link is for, so you recognise it in the list." maxLength={200} defaultValue={state.values?.note} errors={state.fieldErrors?.note} />
        <SubmitButton pendingLabel="Creating…">Create invite link</SubmitButton>
      </form>
      {state.inviteUrl ? (
        <div className="max-w-2xl space-y-2 rounded-md border border-brand-100 bg-brand-50 p-4">
          <label htmlFor="invite-url" className="block text-sm font-medium">
            Invite link (works once, for 7 days)
          </label>
          <input id="invite-url" readOnly value={state.inviteUrl} className="block w-full rounded-md border border-line bg-surface px-3 py-2 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="text-sm font-medium text-brand-700 underline" onClick={() => void navigator.clipboard?.writeText(state.inviteUrl ?? "")}>
            Copy link
          </button>
        </div>
      ) : null}
    </div>
  );
}
