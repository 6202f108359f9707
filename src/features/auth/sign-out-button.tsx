import { idleFormState } from "@/lib/form-state";

import { signOut } from "./auth-actions";

// A plain form (no client JavaScript needed); the action is bound to an idle state because every
// action takes the previous form state first.
const signOutFromForm = signOut.bind(null, idleFormState) as unknown as (formData: FormData) => Promise<void>;

export function SignOutButton() {
  return (
    <form action={signOutFromForm}>
      <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium text-ink hover:bg-brand-50">
        Sign out
      </button>
    </form>
  );
}
