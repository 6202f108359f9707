"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

/** The form the participant list's tick boxes belong to (they carry form="send-links-form"). */
export const SEND_LINKS_FORM_ID = "send-links-form";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaultNote: string;
  unsent: number;
  mailConfigured: boolean;
};

export function SendLinksForm({ action, defaultNote, unsent, mailConfigured }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  const scope = state.values?.scope || "unsent";
  return (
    <form id={SEND_LINKS_FORM_ID} action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Who gets their link</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="scope" value="unsent" defaultChecked={scope === "unsent"} className="mt-1" />
          <span>
            Everyone not yet e-mailed their link ({unsent} {unsent === 1 ? "person" : "people"} with an address)
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="scope" value="selected" defaultChecked={scope === "selected"} className="mt-1" />
          <span>The people ticked in the list above</span>
        </label>
        {state.fieldErrors?.participantIds ? (
          <ul className="list-disc pl-5 text-sm font-medium text-red-800">
            {state.fieldErrors.participantIds.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <Field
        name="note"
        label="Your message"
        multiline
        rows={5}
        maxLength={2000}
        hint="Goes above each person's own link. The e-mail also says who sends it and why, and how long answering takes."
        defaultValue={state.values?.note || defaultNote}
        errors={state.fieldErrors?.note}
      />
      <p className="text-sm text-ink-muted">
        The first e-mail to each person carries a new personal link; a link you copied for them earlier stops working. Later e-mails repeat the same link.
      </p>
      <SubmitButton pendingLabel="Sending…">{mailConfigured ? "Send links by e-mail" : "Put links in the outbox"}</SubmitButton>
    </form>
  );
}
