import "server-only";

import type { z } from "zod";

import { ValidationError, type FieldErrors } from "./errors";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** The data layer re-validates everything it is given, whoever calls it. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError("Check the highlighted fields.", fieldErrorsOf(result.error));
  return result.data;
}
