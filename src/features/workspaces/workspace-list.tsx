import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { roleLabels } from "@/domain/access/permissions";
import type { WorkspaceSummary } from "@/server/workspaces";

export function WorkspaceList({ workspaces }: { workspaces: WorkspaceSummary[] }) {
  if (workspaces.length === 0) return <p className="text-ink-muted">You are not a member of any workspace yet. Create one below, or open an invite link from a colleague.</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {workspaces.map((workspace) => (
        <li key={workspace.id} className="flex items-center justify-between gap-3 p-4">
          <Link href={workspace.home} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {workspace.name}
          </Link>
          <Badge>{roleLabels[workspace.role]}</Badge>
        </li>
      ))}
    </ul>
  );
}
