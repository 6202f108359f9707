/** What a form's server action returns to `useActionState`. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** Submitted values, echoed back so a refused form keeps what the user typed. */
  values?: Record<string, string>;
};

export const idleFormState: FormState = { status: "idle" };

export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}
