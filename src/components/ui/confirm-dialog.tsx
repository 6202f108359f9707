"use client";

import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import { useFormStatus } from "react-dom";

import { SubmitButton } from "@/components/form/submit-button";
import { Button } from "@/components/ui/button";

type ConfirmDialogProps = {
  /** The button that opens the dialog; `triggerDetail` is read by screen readers only ("of Pia"). */
  triggerLabel: string;
  triggerDetail?: string;
  triggerVariant?: "primary" | "secondary" | "ghost" | "danger";
  triggerSize?: "sm" | "md";
  title: string;
  /** What will happen, in full: what stops, what is kept, what is lost. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  tone?: "danger" | "default";
  /** The form action to run once confirmed (usually from useActionState). */
  action: (formData: FormData) => void;
};

/** Closes the dialog once the confirmed action has finished, so its outcome shows on the page. */
function CloseWhenDone({ dialog }: { dialog: RefObject<HTMLDialogElement | null> }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) dialog.current?.close();
    wasPending.current = pending;
  }, [pending, dialog]);
  return null;
}

/**
 * A button that asks before it acts: a native modal <dialog> (focus moves into it and returns on
 * close, Escape cancels, the page behind is inert), saying what will happen, with Cancel focused
 * first so that a stray Enter changes nothing.
 */
export function ConfirmDialog({ triggerLabel, triggerDetail, triggerVariant = "secondary", triggerSize = "sm", title, children, confirmLabel, pendingLabel = "Working…", tone = "danger", action }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <Button type="button" variant={triggerVariant} size={triggerSize} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {triggerLabel}
        {triggerDetail ? <span className="sr-only"> {triggerDetail}</span> : null}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-line bg-surface p-6 text-left text-ink shadow-xl backdrop:bg-black/40"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-3 space-y-2 text-sm">
          {children}
        </div>
        <form action={action} className="mt-6 flex flex-wrap justify-end gap-3">
          <CloseWhenDone dialog={dialog} />
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice takes focus when the dialog opens */}
          <Button type="button" variant="secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <SubmitButton variant={tone === "danger" ? "danger" : "primary"} pendingLabel={pendingLabel}>
            {confirmLabel}
          </SubmitButton>
        </form>
      </dialog>
    </>
  );
}
