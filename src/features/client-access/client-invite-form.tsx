"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";

import type { IssuedLinkState } from "./client-access-actions";
import { IssuedLink } from "./issued-link";

export function ClientInviteForm({ action }: { action: (previous: IssuedLinkState, formData: FormData) => Promise<IssuedLinkState> }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as IssuedLinkState);
  return (
    <div className="space-y-4">
      <form action={formAction} className="max-w-lg space-y-4" noValidate>
        <FormMessage state={state} />
        <Field name="note" label="Note (optional)" hint="Who the link is for, so you recognise it in the list." maxLength={200} defaultValue={state.values?.note} errors={state.fieldErrors?.note} />
        <SubmitButton pendingLabel="Creating…">Create client invite link</SubmitButton>
      </form>
      {state.url ? <IssuedLink url={state.url} label="Invite link (works once, for 7 days)" /> : null}
    </div>
  );
}
