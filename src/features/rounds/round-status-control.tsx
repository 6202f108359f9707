"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { idleFormState, type FormState } from "@/lib/form-state";

type StatusAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Opening is harmless and acts at once; closing stops every participant, so it asks first. */
export function RoundStatusControl({ status, roundName, unfinished, open, close }: { status: "DRAFT" | "OPEN" | "CLOSED"; roundName: string; unfinished: number; open: StatusAction; close: StatusAction }) {
  const [opened, openAction] = useActionState(open, idleFormState);
  const [closed, closeAction] = useActionState(close, idleFormState);
  return (
    <div className="space-y-3">
      <FormMessage state={closed.message ? closed : opened} />
      {status === "OPEN" ? (
        <ConfirmDialog triggerLabel="Close the round" triggerSize="md" title={`Close ${roundName}?`} confirmLabel="Close the round" action={closeAction}>
          <p>Participants can no longer change their answers; they can still read them. The results become final.</p>
          {unfinished > 0 ? <p>{unfinished} participant{unfinished === 1 ? " has" : "s have"} not answered every dimension yet.</p> : null}
          <p>You can reopen the round later.</p>
        </ConfirmDialog>
      ) : (
        <form action={openAction}>
          <SubmitButton pendingLabel="Opening…">{status === "DRAFT" ? "Open the round" : "Reopen the round"}</SubmitButton>
        </form>
      )}
    </div>
  );
}
