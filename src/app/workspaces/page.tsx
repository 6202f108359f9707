import type { Metadata } from "next";

import { CreateWorkspaceForm } from "@/features/workspaces/create-workspace-form";
import { WorkspaceList } from "@/features/workspaces/workspace-list";
import { requireActor } from "@/server/auth/session";
import { listMyWorkspaces } from "@/server/workspaces";

export const metadata: Metadata = { title: "Your workspaces" };

export default async function WorkspacesPage() {
  const actor = await requireActor("/workspaces");
  const workspaces = await listMyWorkspaces(actor);
  return (
    <div className="space-y-10">
      <section aria-labelledby="workspaces-title" className="space-y-4">
        <h1 id="workspaces-title" className="text-2xl font-bold text-brand-900">
          Your workspaces
        </h1>
        <WorkspaceList workspaces={workspaces} />
      </section>
      <section aria-labelledby="new-workspace-title" className="space-y-3">
        <h2 id="new-workspace-title" className="text-lg font-semibold">
          Create a workspace
        </h2>
        <CreateWorkspaceForm />
      </section>
    </div>
  );
}
