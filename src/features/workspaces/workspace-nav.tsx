import Link from "next/link";

import { can, roleLabels, type Role } from "@/domain/access/permissions";
import type { WorkspaceSummary } from "@/server/workspaces";

type WorkspaceNavProps = { current: WorkspaceSummary; workspaces: WorkspaceSummary[] };

/** The workspace's name, its sections and a switcher to the user's other workspaces. */
export function WorkspaceNav({ current, workspaces }: WorkspaceNavProps) {
  const base = `/w/${current.slug}`;
  const sections = [
    { href: base, label: "Organizations", show: true },
    { href: `${base}/frameworks`, label: "Frameworks", show: true },
    { href: `${base}/members`, label: "Members", show: true },
    { href: `${base}/outbox`, label: "Outbox", show: can(current.role as Role, "mail.outbox") },
    { href: `${base}/audit`, label: "Audit log", show: can(current.role as Role, "audit.read") },
  ];
  const others = workspaces.filter((workspace) => workspace.id !== current.id);
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-line pb-4">
      <div>
        <p className="text-sm text-ink-muted">
          Workspace · your role: <span className="font-medium text-ink">{roleLabels[current.role]}</span>
        </p>
        <p className="text-xl font-bold text-brand-900">{current.name}</p>
        <nav aria-label="Workspace sections" className="mt-3">
          <ul className="flex flex-wrap gap-1">
            {sections
              .filter((section) => section.show)
              .map((section) => (
                <li key={section.href}>
                  <Link href={section.href} className="rounded-md px-3 py-2 text-sm font-medium text-ink hover:bg-brand-50">
                    {section.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      </div>
      {others.length > 0 ? (
        <details className="relative">
          <summary className="cursor-pointer rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium">Switch workspace</summary>
          <ul className="absolute right-0 z-10 mt-1 min-w-56 rounded-md border border-line bg-surface p-1 shadow">
            {others.map((workspace) => (
              <li key={workspace.id}>
                <Link href={workspace.home} className="block rounded px-3 py-2 text-sm hover:bg-brand-50">
                  {workspace.name}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/workspaces" className="block rounded px-3 py-2 text-sm text-ink-muted hover:bg-brand-50">
                All workspaces…
              </Link>
            </li>
          </ul>
        </details>
      ) : null}
    </div>
  );
}
