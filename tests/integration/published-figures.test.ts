import { beforeAll, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import { NotFoundError, UnauthenticatedError } from "@/server/errors";
import { getOrganizationHistory, getPortfolio, getPublishedRound } from "@/server/history";
import { deleteParticipant } from "@/server/participants";
import { getRoundResults } from "@/server/results";
import { setRoundStatus } from "@/server/rounds";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { addAnsweredPeople, createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));

let slug: string;
let workspaceId: string;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "figures-ws" });
  const other = await createWorkspace(db, { slug: "figures-other" });
  slug = workspace.slug;
  workspaceId = workspace.id;
  [consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
});

const stored = (roundId: string) => db.publishedFigures.findUnique({ where: { roundId } });
const extent = mpem.dimensions[0]!.id;

describe("published figures", () => {
  it("are stored when a round closes, equal to what its results show, with the framework version", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Closing Co" });
    const round = await createRound(db, organization.id, { groups: ["Marketing", "IT"] });
    // IT (3) is shown on its own; Legal (1) alone would be too small, so it joins Marketing (2) in "Other".
    await addAnsweredPeople(db, round.id, [
      { group: "IT", today: 3, needed: 4 },
      { group: "IT", today: 3, needed: 4 },
      { group: "IT", today: 4, needed: 5 },
      { group: "Marketing", today: 1, needed: 3 },
      { group: "Marketing", today: 2, needed: 3 },
      { group: "Legal", today: 2, needed: 2 },
    ]);
    expect(await stored(round.id)).toBeNull();

    await setRoundStatus(consultant, slug, round.id, "CLOSED");

    const row = await stored(round.id);
    expect(row).toMatchObject({ frameworkId: "mpem", frameworkVersion: "1.0", schemaVersion: 1 });
    const { scores } = await getRoundResults(viewer, slug, round.id);
    const figures = row!.figures as { dimensions: { dimensionId: string; current: number; target: number; currentSpread: number }[]; groups: { group: string; folded: string[] }[] };
    expect(figures.dimensions.map((dimension) => [dimension.current, dimension.target])).toEqual(scores.dimensions.map((dimension) => [dimension.official.current, dimension.official.target]));
    expect(figures.dimensions[0]).toMatchObject({ dimensionId: extent, current: 2.5, target: 3.5, currentSpread: 3 });
    expect(figures.groups.map((group) => [group.group, group.folded])).toEqual([
      ["IT", []],
      ["Other", ["Marketing", "Legal"]],
    ]);
    expect(JSON.stringify(figures)).not.toContain('"group":"Legal"');
  });

  it("are withdrawn when the round reopens, and recomputed from the new answers when it closes again", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Reopen Co" });
    const round = await createRound(db, organization.id);
    await addAnsweredPeople(db, round.id, [1, 1, 1].map((today) => ({ group: "IT", today, needed: 3 })));
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    expect((await getOrganizationHistory(viewer, slug, organization.id)).rounds.map((entry) => entry.roundId)).toEqual([round.id]);

    await setRoundStatus(consultant, slug, round.id, "OPEN");
    expect(await stored(round.id)).toBeNull();
    expect((await getOrganizationHistory(viewer, slug, organization.id)).rounds).toEqual([]);
    expect((await getPublishedRound(viewer, slug, round.id)).round).toBeNull();

    await addAnsweredPeople(db, round.id, [5, 5, 5, 5].map((today) => ({ group: "IT", today, needed: 5 })));
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    const [published] = (await getOrganizationHistory(viewer, slug, organization.id)).rounds;
    expect(published!.figures.participantCount).toBe(7);
    expect(published!.figures.dimensions[0]).toMatchObject({ current: 5, target: 5 });
  });

  it("are what history, comparisons and the portfolio show, even when they differ from today's scoring", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Frozen Co" });
    const first = await createRound(db, organization.id, { name: "H1 2026" });
    await addAnsweredPeople(db, first.id, [2, 2, 2].map((today) => ({ group: "IT", today, needed: 4 })));
    await setRoundStatus(consultant, slug, first.id, "CLOSED");
    const second = await createRound(db, organization.id, { name: "H2 2026", previousRoundId: first.id });
    await addAnsweredPeople(db, second.id, [3, 3, 3].map((today) => ({ group: "IT", today, needed: 4 })));
    await setRoundStatus(consultant, slug, second.id, "CLOSED");

    // A later change to the scoring code, simulated: the stored figures no longer match the answers.
    const row = (await stored(first.id))!;
    const altered = row.figures as { dimensions: { dimensionId: string; current: number }[] };
    altered.dimensions[0]!.current = 1.5;
    await db.publishedFigures.update({ where: { roundId: first.id }, data: { figures: altered } });
    expect((await getRoundResults(viewer, slug, first.id)).scores.dimensions[0]!.official.current).toBe(2);

    const history = await getOrganizationHistory(viewer, slug, organization.id);
    expect(history.rounds.map((entry) => [entry.name, entry.figures.dimensions[0]!.current])).toEqual([
      ["H1 2026", 1.5],
      ["H2 2026", 3],
    ]);
    expect(history.framework?.id).toBe("mpem");
    const { round, previous } = await getPublishedRound(viewer, slug, second.id);
    expect([round?.name, previous?.name, previous?.figures.dimensions[0]!.current]).toEqual(["H2 2026", "H1 2026", 1.5]);
    const portfolio = await getPortfolio(viewer, slug);
    expect(portfolio.entries.find((entry) => entry.organizationId === organization.id)?.round.roundId).toBe(second.id);
  });

  it("are published on first read for a round closed before figures were kept", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Legacy Co" });
    const round = await createRound(db, organization.id, { status: "CLOSED" });
    await addAnsweredPeople(db, round.id, [4, 4, 4].map((today) => ({ group: null, today, needed: 5 })));
    expect(await stored(round.id)).toBeNull();
    const history = await getOrganizationHistory(viewer, slug, organization.id);
    expect(history.rounds[0]?.figures.dimensions[0]).toMatchObject({ current: 4, target: 5 });
    expect(await stored(round.id)).not.toBeNull();
  });

  it("publish a consensus recorded in the workshop in place of the median", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Consensus Co" });
    const round = await createRound(db, organization.id);
    await addAnsweredPeople(db, round.id, [1, 2, 2].map((today) => ({ group: "IT", today, needed: 3 })));
    await db.consensus.create({
      data: { roundId: round.id, levelCount: 5, dimensionId: extent, currentLevel: 3, targetLevel: 4, rationale: "Agreed in the room.", votingRound: 1, recordedById: consultant.userId, recordedByName: "C" },
    });
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    const [published] = (await getOrganizationHistory(viewer, slug, organization.id)).rounds;
    expect(published!.figures.dimensions[0]).toMatchObject({ dimensionId: extent, current: 3, target: 4, source: "consensus" });
    expect(published!.figures.dimensions[1]).toMatchObject({ current: 2, target: 3, source: "median" });
  });

  it("are recomputed without a participant deleted from a closed round", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Erasure Co" });
    const round = await createRound(db, organization.id);
    await addAnsweredPeople(db, round.id, [1, 3, 3, 3].map((today) => ({ group: "IT", today, needed: 4 })));
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    const [leaver] = await db.participant.findMany({ where: { roundId: round.id }, orderBy: { createdAt: "asc" }, take: 1 });
    await deleteParticipant(consultant, slug, round.id, leaver!.id);
    const [published] = (await getOrganizationHistory(viewer, slug, organization.id)).rounds;
    expect(published!.figures.participantCount).toBe(3);
    expect(published!.figures.dimensions[0]).toMatchObject({ current: 3, currentSpread: 0 });
  });

  it("keep the privacy minimum: a round below it publishes counts only", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Tiny Co" });
    const round = await createRound(db, organization.id, { minGroupSize: 4 });
    await addAnsweredPeople(db, round.id, [2, 3, 4].map((today) => ({ group: "IT", today, needed: 5 })));
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    const [published] = (await getOrganizationHistory(viewer, slug, organization.id)).rounds;
    expect(published!.figures.participantCount).toBe(3);
    expect(published!.figures.dimensions.every((dimension) => dimension.current === null && dimension.currentSpread === null)).toBe(true);
    expect(published!.figures.groups).toEqual([]);
  });
});

describe("the portfolio", () => {
  it("takes each active organization's latest closed round of the chosen framework", async () => {
    await createWorkspace(db, { slug: "portfolio-ws" }).then(async (workspace) => {
      await addMember(db, workspace.id, viewer.userId, "VIEWER");
      const [a, b, archived] = await Promise.all(["Alpha", "Beta", "Gone"].map((name) => createOrganization(db, workspace.id, { name })));
      const closedAt = (day: number) => new Date(Date.UTC(2026, 0, day));
      for (const [organization, day, today] of [
        [a!, 1, 1],
        [a!, 5, 2],
        [b!, 3, 4],
        [archived!, 2, 5],
      ] as const) {
        const round = await createRound(db, organization.id, { status: "CLOSED", closedAt: closedAt(day), name: `R${day}` });
        await addAnsweredPeople(db, round.id, [today, today, today].map((level) => ({ group: null, today: level, needed: 5 })));
      }
      const open = await createRound(db, a!.id, { name: "Open" });
      await addAnsweredPeople(db, open.id, [5, 5, 5].map((level) => ({ group: null, today: level, needed: 5 })));
      await db.organization.update({ where: { id: archived!.id }, data: { archivedAt: new Date() } });

      const portfolio = await getPortfolio(viewer, "portfolio-ws");
      expect(portfolio.frameworks).toEqual([{ key: "mpem@1.0", name: "Mindtree Personalization Effectiveness Model 1.0", organizations: 2 }]);
      expect(portfolio.entries.map((entry) => [entry.organizationName, entry.round.name, entry.round.figures.dimensions[0]!.current])).toEqual([
        ["Alpha", "R5", 2],
        ["Beta", "R3", 4],
      ]);
    });
  });

  it("and every history read are closed to outsiders and anonymous callers", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Private Co" });
    const round = await createRound(db, organization.id);
    await expect(getOrganizationHistory(outsider, slug, organization.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganizationHistory(outsider, "figures-other", organization.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublishedRound(outsider, "figures-other", round.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPortfolio(null, slug)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await getPortfolio(outsider, "figures-other")).entries).toEqual([]);
  });
});
