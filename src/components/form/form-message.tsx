import type { FormState } from "@/lib/form-state";

/** The form-level outcome, announced to screen readers when it appears. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <div role="status" aria-live="polite" />;
  const isError = state.status === "error";
  return (
    <div
      role={isError ? "alert" : "status"}
      aria-live={isError ? "assertive" : "polite"}
      className={isError ? "rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" : "rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900"}
    >
      {state.message}
    </div>
  );
}
