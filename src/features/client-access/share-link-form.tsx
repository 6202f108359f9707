"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { SHARE_LINK_DEFAULT_DAYS, SHARE_LINK_MAX_DAYS } from "@/domain/access/share-links";

import type { IssuedLinkState } from "./client-access-actions";
import { IssuedLink } from "./issued-link";

export function ShareLinkForm({ action }: { action: (previous: IssuedLinkState, formData: FormData) => Promise<IssuedLinkState> }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as IssuedLinkState);
  return (
    <div className="space-y-4">
      <form action={formAction} className="max-w-lg space-y-4" noValidate>
        <FormMessage state={state} />
        <Field name="label" label="Label (optional)" hint="Who or what the link is for, so you recognise it in the list." maxLength={80} defaultValue={state.values?.label} errors={state.fieldErrors?.label} />
        <Field
          name="expiresInDays"
          label="Expires after (days)"
          hint={`1 to ${SHARE_LINK_MAX_DAYS}; ${SHARE_LINK_DEFAULT_DAYS} by default.`}
          inputMode="numeric"
          defaultValue={state.values?.expiresInDays ?? String(SHARE_LINK_DEFAULT_DAYS)}
          errors={state.fieldErrors?.expiresInDays}
          className="max-w-40"
        />
        <SubmitButton pendingLabel="Creating…">Create share link</SubmitButton>
      </form>
      {state.url ? <IssuedLink url={state.url} label="Share link (read-only, shown once)" /> : null}
    </div>
  );
}
