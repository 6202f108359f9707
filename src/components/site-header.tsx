import Link from "next/link";
import type { ReactNode } from "react";

type SiteHeaderProps = {
  /** The signed-in user, if any. */
  user?: { name: string } | null;
  /** The sign-out control, supplied by the auth feature. */
  signOut?: ReactNode;
};

const linkClass = "rounded-md px-3 py-2 text-sm font-medium text-ink hover:bg-brand-50";

export function SiteHeader({ user, signOut }: SiteHeaderProps) {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          MPEM Assessment
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-1">
            <li>
              <Link href="/model" className={linkClass}>
                The model
              </Link>
            </li>
            {user ? (
              <>
                <li>
                  <Link href="/workspaces" className={linkClass}>
                    Workspaces
                  </Link>
                </li>
                <li>
                  <Link href="/account" className={linkClass}>
                    Account<span className="sr-only"> ({user.name})</span>
                  </Link>
                </li>
                <li>{signOut}</li>
              </>
            ) : (
              <li>
                <Link href="/sign-in" className={linkClass}>
                  Sign in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
