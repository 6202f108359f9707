"use client";

import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState } from "@/lib/form-state";

import { createWorkspaceAction } from "./workspace-actions";

export function CreateWorkspaceForm() {
  const [state, action] = useActionState(createWorkspaceAction, idleFormState);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Workspace name" required maxLength={80} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <SubmitButton pendingLabel="Creating…">Create workspace</SubmitButton>
    </form>
  );
}
