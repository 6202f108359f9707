import { redirect } from "next/navigation";

import { WorkspaceNav } from "@/features/workspaces/workspace-nav";
import { findClientHome } from "@/server/access";
import { requireActor } from "@/server/auth/session";
import { loadForPage } from "@/server/outcomes";
import { currentRequestPath } from "@/server/request-path";
import { getWorkspace, listMyWorkspaces } from "@/server/workspaces";

export default async function WorkspaceLayout({ children, params }: LayoutProps<"/w/[slug]">) {
  const { slug } = await params;
  // The layout renders before (and instead of) the page when nobody is signed in, so it must send
  // the visitor back to the page they opened (a results link, say), not to the workspace's root.
  const returnTo = await currentRequestPath(`/w/${slug}`);
  const actor = await requireActor(returnTo);
  // A client executive sees one organization: no workspace navigation, and the workspace's home is
  // their organization's executive view. Every other page 404s for them in the data layer.
  const clientHome = await findClientHome(actor, slug);
  if (clientHome) {
    if (returnTo.split("?")[0] === `/w/${slug}`) redirect(clientHome);
    return <>{children}</>;
  }
  const [current, workspaces] = await loadForPage(() => Promise.all([getWorkspace(actor, slug), listMyWorkspaces(actor)]), returnTo);
  return (
    <>
      <WorkspaceNav current={current} workspaces={workspaces} />
      {children}
    </>
  );
}
