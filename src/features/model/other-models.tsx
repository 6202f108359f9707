import Link from "next/link";

import type { ModelLink } from "./model-catalog";

/** Links from one model page to the others. */
export function OtherModels({ links, title = "Other models" }: { links: readonly ModelLink[]; title?: string }) {
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby="other-models-title" className="rounded-lg border border-line bg-surface p-4 print:hidden">
      <h2 id="other-models-title" className="text-sm font-semibold text-ink-muted">
        {title}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link className="font-medium text-brand-700 underline underline-offset-2" href={link.href}>
              {link.name}
            </Link>
            <span className="text-ink-muted"> — {link.description}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
