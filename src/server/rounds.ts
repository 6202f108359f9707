import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { frameworkScale } from "@/domain/framework/framework-queries";
import type { Framework } from "@/domain/framework/framework-schema";
import { parseFrameworkChoice } from "@/domain/framework/framework-versions";
import { defaultFramework } from "@/domain/frameworks";
import { roundInput } from "@/domain/rounds/inputs";
import { transitionProblem } from "@/domain/rounds/round-status";
import { minGroupSizeInput } from "@/domain/rounds/round-settings";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { recordWorkshopEvent } from "@/server/realtime/events";

import { requireWorkspacePermission, type WorkspaceAccess } from "./access";
import type { Actor } from "./auth/session";
import { resolveFramework, UnknownFrameworkError } from "./frameworks";
import { publishRoundFigures, withdrawRoundFigures } from "./published-figures";
import { parseOrThrow } from "./validation";

export type { RoundStatus } from "@/domain/rounds/round-status";

const roundSelect = {
  id: true,
  name: true,
  status: true,
  frameworkId: true,
  frameworkVersion: true,
  dimensionIds: true,
  opensOn: true,
  closesOn: true,
  groups: true,
  minGroupSize: true,
  openedAt: true,
  closedAt: true,
  createdAt: true,
  organization: { select: { id: true, name: true } },
} satisfies Prisma.RoundSelect;

export type Round = Prisma.RoundGetPayload<{ select: typeof roundSelect }>;

/** A round is reached only through its organization's workspace, so ids from elsewhere are 404s. */
async function findRound(access: WorkspaceAccess, roundId: string): Promise<Round> {
  const round = await getDb().round.findFirst({
    where: { id: String(roundId), organization: { workspaceId: access.workspace.id } },
    select: roundSelect,
  });
  if (!round) throw new NotFoundError("round");
  return round;
}

export async function requireRound(actor: Actor | null, slug: string, roundId: string, permission: "round.read" | "round.manage" | "report.download") {
  const access = await requireWorkspacePermission(actor, slug, permission);
  return { access, round: await findRound(access, roundId) };
}

export async function getRound(actor: Actor | null, slug: string, roundId: string): Promise<Round> {
  return (await requireRound(actor, slug, roundId, "round.read")).round;
}

export async function listRounds(actor: Actor | null, slug: string, organizationId: string): Promise<Round[]> {
  const access = await requireWorkspacePermission(actor, slug, "round.read");
  return getDb().round.findMany({
    where: { organizationId: String(organizationId), organization: { workspaceId: access.workspace.id } },
    select: roundSelect,
    orderBy: { createdAt: "desc" },
  });
}

/**
 * The framework a new round runs on: the one chosen ("id@version", built-in or imported by this
 * workspace), or the default when none is given. An unknown choice is refused, never replaced.
 */
async function chosenFramework(workspaceId: string, choice: string | undefined): Promise<Framework> {
  if (choice === undefined || choice === "") return defaultFramework;
  const ref = parseFrameworkChoice(choice);
  const refused = () => new ValidationError("Check the highlighted fields.", { framework: ["Choose a framework from the list."] });
  if (!ref) throw refused();
  try {
    return await resolveFramework(workspaceId, ref.frameworkId, ref.version);
  } catch (error) {
    if (error instanceof UnknownFrameworkError) throw refused();
    throw error;
  }
}

export async function createRound(actor: Actor | null, slug: string, organizationId: string, input: unknown): Promise<Round> {
  const access = await requireWorkspacePermission(actor, slug, "round.manage");
  const data = parseOrThrow(roundInput, input);
  const db = getDb();
  const organization = await db.organization.findFirst({
    where: { id: String(organizationId), workspaceId: access.workspace.id },
    select: { id: true, archivedAt: true },
  });
  if (!organization) throw new NotFoundError("organization");
  if (organization.archivedAt) throw new ValidationError("This organization is archived. Restore it before starting a round.");
  const framework = await chosenFramework(access.workspace.id, data.framework);
  const previous = await db.round.findFirst({ where: { organizationId: organization.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
  try {
    return await db.$transaction(async (tx) => {
      const round = await tx.round.create({
        data: {
          organizationId: organization.id,
          name: data.name,
          frameworkId: framework.id,
          frameworkVersion: framework.version,
          ...frameworkScale(framework),
          opensOn: data.opensOn ? new Date(`${data.opensOn}T00:00:00Z`) : null,
          closesOn: data.closesOn ? new Date(`${data.closesOn}T00:00:00Z`) : null,
          groups: data.groups,
          previousRoundId: previous?.id ?? null,
        },
        select: roundSelect,
      });
      await recordAuditEvent(tx, {
        action: "round.created",
        workspaceId: access.workspace.id,
        actor,
        targetType: "round",
        targetId: round.id,
        details: { name: round.name, framework: `${framework.id} ${framework.version}` },
      });
      return round;
    });
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") {
      throw new ValidationError("Check the highlighted fields.", { name: ["This organization already has a round with this name."] });
    }
    throw error;
  }
}

export async function setRoundStatus(actor: Actor | null, slug: string, roundId: string, status: unknown): Promise<Round> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  if (status !== "OPEN" && status !== "CLOSED") throw new ValidationError("A round can only be opened or closed.");
  const problem = transitionProblem(round.status, status);
  if (problem) throw new ValidationError(problem);
  return getDb().$transaction(async (tx) => {
    // The status guard in the WHERE clause makes two simultaneous clicks change it once.
    const { count } = await tx.round.updateMany({
      where: { id: round.id, status: round.status },
      data: status === "OPEN" ? { status, openedAt: new Date(), closedAt: null } : { status, closedAt: new Date() },
    });
    if (count === 0) throw new ValidationError("The round changed meanwhile. Reload the page.");
    // Closing publishes the round's figures (history, trends and heatmaps read only those); reopening withdraws them.
    if (status === "CLOSED") await publishRoundFigures(tx, { ...round, workspaceId: access.workspace.id });
    else await withdrawRoundFigures(tx, round.id);
    // A live workshop's screens learn at once that the round opened or closed (and its join code died).
    await recordWorkshopEvent(tx, round.id, "round-status");
    await recordAuditEvent(tx, {
      action: status === "OPEN" ? "round.opened" : "round.closed",
      workspaceId: access.workspace.id,
      actor,
      targetType: "round",
      targetId: round.id,
    });
    return tx.round.findUniqueOrThrow({ where: { id: round.id }, select: roundSelect });
  });
}

/** The privacy minimum of a round's results: raised for a sensitive round, never below three. */
export async function setRoundMinGroupSize(actor: Actor | null, slug: string, roundId: string, value: unknown): Promise<Round> {
  const { access, round } = await requireRound(actor, slug, roundId, "round.manage");
  const parsed = minGroupSizeInput.safeParse(value);
  if (!parsed.success) throw new ValidationError("Check the highlighted fields.", { minGroupSize: parsed.error.issues.map((issue) => issue.message) });
  return getDb().$transaction(async (tx) => {
    const updated = await tx.round.update({ where: { id: round.id }, data: { minGroupSize: parsed.data }, select: roundSelect });
    await recordAuditEvent(tx, {
      action: "round.min-group-size-changed",
      workspaceId: access.workspace.id,
      actor,
      targetType: "round",
      targetId: round.id,
      details: { before: round.minGroupSize, after: parsed.data },
    });
    return updated;
  });
}
