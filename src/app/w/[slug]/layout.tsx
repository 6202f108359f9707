import { WorkspaceNav } from "@/features/workspaces/workspace-nav";
import { requireActor } from "@/server/auth/session";
import { loadForPage } from "@/server/outcomes";
import { getWorkspace, listMyWorkspaces } from "@/server/workspaces";

export default async function WorkspaceLayout({ children, params }: LayoutProps<"/w/[slug]">) {
  const { slug } = await params;
  const actor = await requireActor(`/w/${slug}`);
  const [current, workspaces] = await loadForPage(() => Promise.all([getWorkspace(actor, slug), listMyWorkspaces(actor)]), `/w/${slug}`);
  return (
    <>
      <WorkspaceNav current={current} workspaces={workspaces} />
      {children}
    </>
  );
}
