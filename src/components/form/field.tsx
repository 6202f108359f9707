"use client";

import { useId, type ComponentProps, type ReactNode } from "react";

import { cn } from "@/lib/cn";

type FieldProps = {
  name: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  multiline?: boolean;
} & Omit<ComponentProps<"input">, "name"> &
  Pick<ComponentProps<"textarea">, "rows">;

const controlClass =
  "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm focus-visible:outline-3 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-700";

/** A labelled input or textarea whose errors are announced and tied to it by aria-describedby. */
export function Field({ name, label, errors, hint, multiline = false, className, id, rows, ...inputProps }: FieldProps) {
  // Two forms on one page may both have a "name" field: ids must stay unique for labels to work.
  const generatedId = useId();
  const fieldId = id ?? `field-${name}-${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const shared = { id: fieldId, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy };
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...shared} rows={rows ?? 4} defaultValue={inputProps.defaultValue as string | undefined} required={inputProps.required} maxLength={inputProps.maxLength} className={controlClass} />
      ) : (
        <input {...inputProps} {...shared} className={controlClass} />
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
