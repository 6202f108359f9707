"use client";

import { useActionState, useId } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { ScrollArea } from "@/components/ui/scroll-area";
import { idleFormState, type FormState } from "@/lib/form-state";

import { ActionControl, type ActionChoices, type ActionValues } from "./action-fields";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
/** A row with its own bound server actions (functions cannot cross from server to client otherwise). */
export type EditableAction = ActionValues & { id: string; movement: string; save: FormAction; remove: FormAction };

const COLUMNS: { field: keyof ActionValues; label: string }[] = [
  { field: "phase", label: "Phase" },
  { field: "title", label: "Action" },
  { field: "dimensionId", label: "Dimension" },
  { field: "targetLevel", label: "Aims for level" },
  { field: "owner", label: "Owner" },
  { field: "dueQuarter", label: "Due" },
  { field: "status", label: "Status" },
];

/** One row of the table: its controls belong to a form in the last cell (HTML's form attribute). */
function ActionRow({ action, choices }: { action: EditableAction; choices: ActionChoices }) {
  const [state, formAction] = useActionState(action.save, idleFormState);
  const [deleteState, deleteAction] = useActionState(action.remove, idleFormState);
  const formId = `action-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const values: ActionValues = state.status === "error" && state.values ? (state.values as ActionValues) : action;
  return (
    <tr className="border-t border-line align-top">
      {COLUMNS.map(({ field, label }) => (
        <td key={field} className="p-2">
          <ActionControl field={field} choices={choices} value={values[field]} form={formId} id={`${formId}-${field}`} label={`${label} of "${action.title}"`} invalid={Boolean(state.fieldErrors?.[field])} key={`${field}-${values[field]}`} />
        </td>
      ))}
      <td className="p-2 text-sm text-ink-muted">{action.movement}</td>
      <td className="space-y-1 p-2">
        <form id={formId} action={formAction}>
          <SubmitButton size="sm" variant="secondary" aria-label={`Save "${action.title}"`}>
            Save
          </SubmitButton>
        </form>
        <form action={deleteAction}>
          <SubmitButton size="sm" variant="ghost" pendingLabel="Deleting…" aria-label={`Delete "${action.title}"`}>
            Delete
          </SubmitButton>
        </form>
        {state.status === "error" || deleteState.status === "error" ? <FormMessage state={state.status === "error" ? state : deleteState} /> : null}
        {state.status === "success" ? <p className="text-xs text-green-800" role="status">Saved</p> : null}
      </td>
    </tr>
  );
}

export function RoadmapTable({ actions, choices }: { actions: EditableAction[]; choices: ActionChoices }) {
  return (
    <ScrollArea label="Roadmap actions, editable (scrolls sideways)">
      <table className="w-full min-w-[72rem] text-left text-sm">
        <caption className="p-3 text-left font-semibold">Roadmap: change a row and save it</caption>
        <thead className="bg-brand-50">
          <tr>
            {COLUMNS.map(({ label }) => (
              <th key={label} scope="col" className="p-2">
                {label}
              </th>
            ))}
            <th scope="col" className="p-2">Since it was planned</th>
            <th scope="col" className="p-2">
              <span className="sr-only">Save or delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} choices={choices} />
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

const FIELD_LABELS: Record<keyof ActionValues, string> = { title: "Action", dimensionId: "Dimension", targetLevel: "Aims for level", owner: "Owner", dueQuarter: "Due quarter", status: "Status", phase: "Phase" };

export function AddActionForm({ choices, action, initial }: { choices: ActionChoices; action: FormAction; initial: ActionValues }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const values = (state.status === "error" && state.values ? state.values : initial) as ActionValues;
  const prefix = `new-action-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  // A successful add clears the form by remounting it.
  const formKey = state.status === "success" ? state.message : "form";
  return (
    <form action={formAction} className="space-y-3" key={formKey}>
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {(Object.keys(FIELD_LABELS) as (keyof ActionValues)[]).map((field) => (
          <div key={field} className={field === "title" ? "sm:col-span-2" : undefined}>
            <label htmlFor={`${prefix}-${field}`} className="block text-sm font-medium">
              {FIELD_LABELS[field]}
            </label>
            <ActionControl field={field} choices={choices} value={values[field]} id={`${prefix}-${field}`} label={FIELD_LABELS[field]} invalid={Boolean(state.fieldErrors?.[field])} />
            {state.fieldErrors?.[field] ? <p className="text-sm font-medium text-red-800">{state.fieldErrors[field]!.join(" ")}</p> : null}
          </div>
        ))}
      </div>
      <SubmitButton>Add action</SubmitButton>
    </form>
  );
}
