import { z } from "zod";

// Free-text form fields: trimmed, length-limited, no control characters, and messages that name the
// field. Markup is allowed as text; escaping it is the renderer's job.

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function textField(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `${label} contains characters that are not allowed.`);
}

export function requiredTextField(label: string, max: number) {
  return textField(label, max).pipe(z.string().min(1, `${label} is required.`));
}
