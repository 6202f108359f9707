import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit that runs a form action without React's automatic form reset. A `<form action>`
 * resets its fields after every submission, which puts controlled checkboxes back to how the page
 * was first rendered while their state says otherwise. Forms whose state lives in checkboxes and
 * selects use this, with `useActionState`'s pending flag for the button.
 */
export function submitKeepingValues(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}
