"use client";

import { useActionState } from "react";

import { SubmitButton } from "@/components/form/submit-button";
import type { DeliveryLabel } from "@/domain/mail/delivery-label";
import { cn } from "@/lib/cn";
import { idleFormState, type FormState } from "@/lib/form-state";

const toneClass: Record<DeliveryLabel["tone"], string> = {
  neutral: "text-ink",
  good: "text-green-800",
  warning: "text-amber-800",
  bad: "text-red-800",
};

type Props = {
  name: string;
  label: DeliveryLabel;
  /** Bound to this person; absent when a (re)send is not possible now (no address, withdrawn, on its way, closed round). */
  resend?: (previous: FormState, formData: FormData) => Promise<FormState>;
  resendLabel?: string;
};

/** One person's e-mail status on the participant list, with "Resend". */
export function DeliveryCell({ name, label, resend, resendLabel = "Resend" }: Props) {
  return (
    <div className="space-y-1">
      <p className={cn("font-medium", toneClass[label.tone])}>{label.label}</p>
      {label.detail ? <p className="max-w-56 text-xs break-words text-ink-muted">{label.detail}</p> : null}
      {resend ? <ResendButton name={name} action={resend} label={resendLabel} /> : null}
    </div>
  );
}

function ResendButton({ name, action, label }: { name: string; action: Props["resend"] & {}; label: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction}>
      <SubmitButton size="sm" variant="ghost" pendingLabel="…">
        {label}
        <span className="sr-only"> the link to {name}</span>
      </SubmitButton>
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className={cn("text-xs", state.status === "error" ? "text-red-800" : "text-ink-muted")}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** The tick box that puts a person into the "send links" form, wherever the list is on the page. */
export function SelectForMail({ id, name, formId }: { id: string; name: string; formId: string }) {
  return <input type="checkbox" name="participantIds" value={id} form={formId} aria-label={`Select ${name} for e-mail`} className="size-4" />;
}
