import "server-only";

import type { Framework } from "@/domain/framework/framework-schema";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";

import { requireWorkspacePermission } from "./access";
import type { Actor } from "./auth/session";
import { readPortfolio, readPublishedRounds, readRoundWithPrevious, type OrganizationRound, type PortfolioRow } from "./published-figures";
import { findFrameworkOf, frameworkOfRound } from "./round-scores";
import { requireRound } from "./rounds";

// What a workspace member may read of the published figures: an organization's history, a round's
// with its previous round's, and the workspace's portfolio. Each checks the membership, then calls
// the scope-taking readers of published-figures.ts (which share links can call with their own scope).

export type OrganizationHistory = {
  organization: { id: string; name: string };
  /** Closed rounds, oldest first, whatever framework they ran on. */
  rounds: OrganizationRound[];
  /** The framework of the latest closed round: the one its trend and history are drawn on. */
  framework: Framework | null;
};

export async function getOrganizationHistory(actor: Actor | null, slug: string, organizationId: string): Promise<OrganizationHistory> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "round.read");
  const organization = await getDb().organization.findFirst({ where: { id: String(organizationId), workspaceId: workspace.id }, select: { id: true, name: true } });
  if (!organization) throw new NotFoundError("organization");
  const rounds = await readPublishedRounds({ workspaceId: workspace.id, organizationId: organization.id });
  const latest = rounds.at(-1);
  return { organization, rounds, framework: latest ? await frameworkOfRound({ ...latest.figures, workspaceId: workspace.id }) : null };
}

export type PublishedRoundView = {
  round: OrganizationRound | null;
  previous: OrganizationRound | null;
  /** The framework the round's published figures were worked out on (null while it is open). */
  framework: Framework | null;
};

/** A round's published figures (null while it is open) and its previous round's, for comparisons. */
export async function getPublishedRound(actor: Actor | null, slug: string, roundId: string): Promise<PublishedRoundView> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.read");
  const view = await readRoundWithPrevious({ workspaceId: access.workspace.id, organizationId: round.organization.id }, round.id);
  const framework = view.round ? await frameworkOfRound({ ...view.round.figures, workspaceId: access.workspace.id }) : null;
  return { ...view, framework };
}

export type Portfolio = {
  frameworks: { key: string; name: string; organizations: number }[];
  framework: Framework | null;
  entries: PortfolioRow[];
};

/** The workspace's organizations side by side on one framework: `frameworkKey` ("mpem@1.0") or the most used one. */
export async function getPortfolio(actor: Actor | null, slug: string, frameworkKey?: string): Promise<Portfolio> {
  const { workspace } = await requireWorkspacePermission(actor, slug, "organization.read");
  const figures = await readPortfolio(workspace.id);
  const resolved = await Promise.all(
    figures.frameworks.map(async (entry) => ({ entry, framework: await findFrameworkOf({ workspaceId: workspace.id, frameworkId: entry.id, frameworkVersion: entry.version }) })),
  );
  const frameworks = resolved.flatMap(({ entry, framework }) =>
    framework ? [{ key: `${entry.id}@${entry.version}`, name: `${framework.name} ${entry.version}`, organizations: entry.organizations, framework }] : [],
  );
  const chosen = frameworks.find((entry) => entry.key === frameworkKey) ?? frameworks[0] ?? null;
  return {
    frameworks: frameworks.map(({ key, name, organizations }) => ({ key, name, organizations })),
    framework: chosen?.framework ?? null,
    entries: chosen ? figures.rows.filter((row) => row.frameworkKey === chosen.key) : [],
  };
}
