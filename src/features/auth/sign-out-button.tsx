import { signOut } from "./auth-actions";

export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded-md px-3 py-2 text-sm font-medium text-ink hover:bg-brand-50">
        Sign out
      </button>
    </form>
  );
}
