import { beforeAll, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { deleteOrganization, getOrganizationFootprint } from "@/server/organizations";
import { deleteParticipant } from "@/server/participants";
import { openQuestionnaire } from "@/server/questionnaire";
import { getRoundResults } from "@/server/results";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createParticipant, createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

// Deleting on request: an organization with everything in it (owners), or one participant with
// their answers (consultants). What goes is counted; the audit log keeps that, never the content.

const db = createDbClient(inject("databaseUrl"));

let slug: string;
let workspaceId: string;
let owner: TestActor;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db);
  const other = await createWorkspace(db);
  slug = workspace.slug;
  workspaceId = workspace.id;
  [owner, consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, owner.userId, "OWNER");
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
});

async function answered(roundId: string, group: string, dimensions: string[], comment = "Private remark") {
  const { participant, token } = await createParticipant(db, roundId, { group });
  for (const [index, dimensionId] of dimensions.entries()) {
    await db.response.create({ data: { participantId: participant.id, roundId, levelCount: mpem.levels.length, dimensionId, currentLevel: 2, targetLevel: 4, revision: 1, comment: index === 0 ? comment : null } });
  }
  return { participant, token };
}

describe("deleting an organization", () => {
  it("is for owners only, counts what will go, removes all of it and audits counts, not content", async () => {
    const organization = await createOrganization(db, workspaceId, { name: "Doomed Co" });
    const keep = await createOrganization(db, workspaceId, { name: "Kept Co" });
    const [h1, h2, kept] = await Promise.all([createRound(db, organization.id), createRound(db, organization.id, { status: "CLOSED" }), createRound(db, keep.id)]);
    await answered(h1.id, "IT", ["extent", "scope"]);
    await answered(h2.id, "IT", ["extent", "scope", "culture"]);
    await createParticipant(db, h2.id);
    await answered(kept.id, "IT", ["extent"]);

    await expect(getOrganizationFootprint(consultant, slug, organization.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteOrganization(consultant, slug, organization.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteOrganization(viewer, slug, organization.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteOrganization(outsider, slug, organization.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.organization.count({ where: { id: organization.id } })).toBe(1);

    expect(await getOrganizationFootprint(owner, slug, organization.id)).toEqual({ rounds: 2, participants: 3, answers: 5, boundariesReviews: 0 });
    expect(await deleteOrganization(owner, slug, organization.id)).toEqual({ name: "Doomed Co", rounds: 2, participants: 3, answers: 5, boundariesReviews: 0 });
    expect(await db.organization.count({ where: { id: organization.id } })).toBe(0);
    expect(await db.round.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await db.response.count({ where: { roundId: { in: [h1.id, h2.id] } } })).toBe(0);
    expect(await db.response.count({ where: { roundId: kept.id } })).toBe(1);

    const event = await db.auditEvent.findFirst({ where: { action: "organization.deleted", targetId: organization.id } });
    expect(event).toMatchObject({ workspaceId, actorUserId: owner.userId, details: { name: "Doomed Co", rounds: 2, participants: 3, answers: 5 } });
    expect(JSON.stringify(event?.details)).not.toContain("Private remark");
    await expect(deleteOrganization(owner, slug, organization.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("deleting a participant", () => {
  it("removes them and their answers from a closed round's results, stops their link, and audits no name", async () => {
    const organization = await createOrganization(db, workspaceId);
    const round = await createRound(db, organization.id, { status: "CLOSED", groups: ["IT"] });
    const people = [];
    for (let index = 0; index < 4; index += 1) people.push(await answered(round.id, "IT", ["extent", "scope"], `Remark ${index}`));
    const leaving = people[0]!;
    const before = await getRoundResults(viewer, slug, round.id);
    expect(before.scores.participantCount).toBe(4);

    await expect(deleteParticipant(viewer, slug, round.id, leaving.participant.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteParticipant(outsider, slug, round.id, leaving.participant.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await deleteParticipant(consultant, slug, round.id, leaving.participant.id)).toEqual({ deletedAnswers: 2 });

    const after = await getRoundResults(viewer, slug, round.id);
    expect(after.scores.participantCount).toBe(3);
    expect(after.participantTotal).toBe(3);
    expect(after.scores.dimensions.flatMap((dimension) => dimension.comments.map((comment) => comment.text))).not.toContain("Remark 0");
    expect(await db.response.count({ where: { participantId: leaving.participant.id } })).toBe(0);
    await expect(openQuestionnaire(leaving.token)).rejects.toMatchObject({ reason: "invalid" });

    const event = await db.auditEvent.findFirst({ where: { action: "participant.deleted", targetId: leaving.participant.id } });
    expect(event).toMatchObject({ actorUserId: consultant.userId, details: { roundId: round.id, answers: 2 } });
    expect(JSON.stringify({ ...event, id: String(event?.id) })).not.toContain(leaving.participant.displayName);
  });
});
