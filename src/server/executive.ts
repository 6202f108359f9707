import "server-only";

import type { Framework } from "@/domain/framework/framework-schema";

import { requireOrganizationReader } from "./access";
import type { Actor } from "./auth/session";
import { readPublishedRounds, type OrganizationRound } from "./published-figures";
import { frameworkOfRound } from "./round-scores";
import { openShareLink, type OpenedShareLink } from "./share-links";

// An organization's executive view (summary of its latest closed round, heatmaps, trend), for the
// three kinds of reader: a workspace member, a client executive scoped to this organization, and a
// share link. All read the same published figures through the organization scope they resolved,
// so what a reader sees is exactly what the privacy rules published (minGroupSize folding included).

export type ExecutiveView = {
  organization: { id: string; name: string };
  workspaceName: string;
  /** Closed rounds, oldest first. */
  rounds: OrganizationRound[];
  framework: Framework | null;
};

async function viewOf(workspaceId: string, organization: { id: string; name: string }, workspaceName: string, rounds: OrganizationRound[]): Promise<ExecutiveView> {
  const latest = rounds.at(-1);
  return { organization, workspaceName, rounds, framework: latest ? await frameworkOfRound({ ...latest.figures, workspaceId }) : null };
}

/** For a signed-in reader: any member of the workspace, or a client executive of this organization. */
export async function getExecutiveView(actor: Actor | null, slug: string, organizationId: string): Promise<ExecutiveView & { isClient: boolean }> {
  const reader = await requireOrganizationReader(actor, slug, organizationId);
  const rounds = await readPublishedRounds({ workspaceId: reader.workspace.id, organizationId: reader.organization.id });
  return { ...(await viewOf(reader.workspace.id, reader.organization, reader.workspace.name, rounds)), isClient: reader.scope.kind === "organization" };
}

export type SharedExecutiveView = { status: "active"; view: ExecutiveView; expiresAt: Date } | Exclude<OpenedShareLink, { status: "active" }>;

/** For a share link's visitor: the link's organization, or why the link opens nothing. */
export async function getSharedExecutiveView(token: string, address: string): Promise<SharedExecutiveView> {
  const opened = await openShareLink(token, address);
  if (opened.status !== "active") return opened;
  const rounds = await readPublishedRounds({ workspaceId: opened.scope.workspaceId, organizationId: opened.scope.organizationId });
  return { status: "active", view: await viewOf(opened.scope.workspaceId, opened.organization, opened.workspaceName, rounds), expiresAt: opened.expiresAt };
}
