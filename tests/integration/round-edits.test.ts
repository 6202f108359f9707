import { beforeAll, describe, expect, inject, it } from "vitest";

import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { addParticipants } from "@/server/participants";
import { saveAnswer } from "@/server/questionnaire";
import { getRoundResults } from "@/server/results";
import { getRoundEditContext, moveParticipant, updateRound } from "@/server/round-edits";
import { createRound, setRoundStatus } from "@/server/rounds";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { answer } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));

let slug: string;
let organizationId: string;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "edit-ws" });
  const other = await createWorkspace(db, { slug: "edit-other" });
  slug = workspace.slug;
  organizationId = (await createOrganization(db, workspace.id, { name: "Edit Co" })).id;
  [consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
});

async function roundWithPeople(name: string) {
  const round = await createRound(consultant, slug, organizationId, { name, opensOn: "2027-01-10", closesOn: "2027-01-31", groups: ["Marketing", "IT", "Leadership"] });
  const { links } = await addParticipants(consultant, slug, round.id, { list: "Ana, Marketing\nBo, marketing\nCy, IT\nDi, IT\nEd\nFa, Leadership" });
  return { round, links };
}

const groupsOf = async (roundId: string) =>
  Object.fromEntries((await db.participant.findMany({ where: { roundId }, orderBy: { createdAt: "asc" }, select: { displayName: true, group: true } })).map((person) => [person.displayName, person.group]));

const unchanged = { existing: [], added: [] };

describe("editing a round", () => {
  it("renames the round, moves its dates, and renames, adds and removes groups; participants follow, nobody is dropped", async () => {
    const { round } = await roundWithPeople("Edit me");
    expect(await getRoundEditContext(consultant, slug, round.id)).toEqual({
      opensOn: "2027-01-10",
      closesOn: "2027-01-31",
      groupCounts: [
        { group: "Marketing", participants: 2 },
        { group: "IT", participants: 2 },
        { group: "Leadership", participants: 1 },
      ],
    });
    const { round: updated, participantsMoved } = await updateRound(consultant, slug, round.id, {
      name: "Edited",
      opensOn: "2027-02-01",
      closesOn: "2027-02-14",
      groups: { existing: [{ from: "IT", to: "Technology" }, { from: "Leadership", to: "", moveTo: "Marketing" }], added: ["Sales"] },
    });
    expect(updated).toMatchObject({ name: "Edited", groups: ["Marketing", "Technology", "Sales"] });
    expect(updated.opensOn?.toISOString().slice(0, 10)).toBe("2027-02-01");
    expect(participantsMoved).toBe(3);
    expect(await groupsOf(round.id)).toEqual({ Ana: "Marketing", Bo: "Marketing", Cy: "Technology", Di: "Technology", Ed: null, Fa: "Marketing" });
    expect(await db.participant.count({ where: { roundId: round.id } })).toBe(6);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "round.updated", targetId: round.id } });
    expect(audit.details).toEqual({
      before: { name: "Edit me", opensOn: "2027-01-10", closesOn: "2027-01-31", groups: ["Marketing", "IT", "Leadership"] },
      after: { name: "Edited", opensOn: "2027-02-01", closesOn: "2027-02-14", groups: ["Marketing", "Technology", "Sales"] },
      renamedGroups: [{ from: "IT", to: "Technology" }],
      removedGroups: [{ from: "Leadership", moveTo: "Marketing", participants: 1 }],
      participantsMoved: 3,
    });
  });

  it("removes a group to no group when told so, and records nothing when nothing changed", async () => {
    const { round } = await roundWithPeople("No group");
    await updateRound(consultant, slug, round.id, { name: "No group", opensOn: "2027-01-10", closesOn: "2027-01-31", groups: { existing: [{ from: "Marketing", to: "", moveTo: null }], added: [] } });
    expect(await groupsOf(round.id)).toMatchObject({ Ana: null, Bo: null, Cy: "IT" });
    const events = await db.auditEvent.count({ where: { targetId: round.id, action: "round.updated" } });
    const again = await updateRound(consultant, slug, round.id, { name: "No group", opensOn: "2027-01-10", closesOn: "2027-01-31", groups: unchanged });
    expect(again.changed).toBe(false);
    expect(await db.auditEvent.count({ where: { targetId: round.id, action: "round.updated" } })).toBe(events);
  });

  it("refuses closing before opening, impossible dates, duplicate names and a removal that would leave people nowhere, changing nothing", async () => {
    const { round } = await roundWithPeople("Careful");
    await createRound(consultant, slug, organizationId, { name: "Taken", opensOn: "", closesOn: "", groups: [] });
    const before = { round: await db.round.findUniqueOrThrow({ where: { id: round.id } }), groups: await groupsOf(round.id) };
    const base = { name: "Careful", opensOn: "2027-01-10", closesOn: "2027-01-31", groups: unchanged };
    await expect(updateRound(consultant, slug, round.id, { ...base, opensOn: "2027-03-01", closesOn: "2027-02-01" })).rejects.toMatchObject({
      fieldErrors: { closesOn: ["The closing date must not be before the opening date."] },
    });
    await expect(updateRound(consultant, slug, round.id, { ...base, closesOn: "2027-02-29" })).rejects.toMatchObject({ fieldErrors: { closesOn: [expect.stringContaining("2027-02-29 does not exist")] } });
    await expect(updateRound(consultant, slug, round.id, { ...base, name: "Taken" })).rejects.toMatchObject({ fieldErrors: { name: ["This organization already has a round with this name."] } });
    await expect(updateRound(consultant, slug, round.id, { ...base, groups: { existing: [{ from: "IT", to: "" }], added: [] } })).rejects.toMatchObject({
      fieldErrors: { groups: ["IT has 2 participants: choose where they go (another group, or no group) before removing it."] },
    });
    await expect(updateRound(consultant, slug, round.id, { ...base, groups: { existing: [{ from: "IT", to: "Marketing" }], added: [] } })).rejects.toMatchObject({
      fieldErrors: { groups: [expect.stringContaining('Two groups would be called "Marketing"')] },
    });
    expect(await db.round.findUniqueOrThrow({ where: { id: round.id } })).toEqual(before.round);
    expect(await groupsOf(round.id)).toEqual(before.groups);
  });

  it("on a closed round: corrects the name and dates, refuses group changes and moves with a reason", async () => {
    const { round, links } = await roundWithPeople("Closed edit");
    await setRoundStatus(consultant, slug, round.id, "OPEN");
    for (const link of links) await saveAnswer(link.token, answer("extent", 2, 3));
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    const results = (await getRoundResults(viewer, slug, round.id)).scores;

    const { round: renamed } = await updateRound(consultant, slug, round.id, { name: "Closed, renamed", opensOn: "2027-01-11", closesOn: "2027-01-30", groups: unchanged });
    expect(renamed.name).toBe("Closed, renamed");
    await expect(updateRound(consultant, slug, round.id, { name: "Closed, renamed", opensOn: "2027-01-11", closesOn: "2027-01-30", groups: { existing: [{ from: "IT", to: "Tech" }], added: [] } })).rejects.toThrow(
      /closed: its published results depend on who is in which group. Reopen the round/,
    );
    await expect(moveParticipant(consultant, slug, round.id, links[0]!.participantId, "IT")).rejects.toThrow(/Reopen the round/);
    expect((await getRoundResults(viewer, slug, round.id)).scores).toEqual(results);
    expect(await db.round.findUniqueOrThrow({ where: { id: round.id }, select: { groups: true } })).toEqual({ groups: ["Marketing", "IT", "Leadership"] });
  });

  it("is refused to viewers and outsiders", async () => {
    const { round } = await roundWithPeople("Guarded edit");
    const input = { name: "Hacked", opensOn: "", closesOn: "", groups: unchanged };
    await expect(updateRound(viewer, slug, round.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateRound(outsider, "edit-other", round.id, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRoundEditContext(viewer, slug, round.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).name).toBe("Guarded edit");
  });
});

describe("moving a participant", () => {
  it("moves them to another group or to no group, answers and all, and audits it", async () => {
    const { round, links } = await roundWithPeople("Moves");
    await setRoundStatus(consultant, slug, round.id, "OPEN");
    await saveAnswer(links[0]!.token, answer("extent", 2, 3));
    await expect(moveParticipant(consultant, slug, round.id, links[0]!.participantId, "it")).resolves.toEqual({ displayName: "Ana", from: "Marketing", to: "IT" });
    expect((await groupsOf(round.id)).Ana).toBe("IT");
    expect(await db.response.count({ where: { participantId: links[0]!.participantId } })).toBe(1);
    await moveParticipant(consultant, slug, round.id, links[0]!.participantId, "");
    expect((await groupsOf(round.id)).Ana).toBeNull();
    const events = await db.auditEvent.findMany({ where: { action: "participant.moved", targetId: links[0]!.participantId }, orderBy: { id: "asc" }, select: { details: true } });
    expect(events.map((event) => event.details)).toEqual([
      { roundId: round.id, from: "Marketing", to: "IT" },
      { roundId: round.id, from: "IT", to: null },
    ]);
  });

  it("refuses a group the round does not have, a participant of another round, viewers and outsiders", async () => {
    const { round, links } = await roundWithPeople("Move refusals");
    const other = await roundWithPeople("Other round");
    await expect(moveParticipant(consultant, slug, round.id, links[0]!.participantId, "Sales")).rejects.toMatchObject({ fieldErrors: { group: ['"Sales" is not one of this round\'s groups.'] } });
    await expect(moveParticipant(consultant, slug, round.id, other.links[0]!.participantId, "IT")).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveParticipant(consultant, slug, round.id, links[0]!.participantId, 42)).rejects.toBeInstanceOf(ValidationError);
    await expect(moveParticipant(viewer, slug, round.id, links[0]!.participantId, "IT")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moveParticipant(outsider, "edit-other", round.id, links[0]!.participantId, "IT")).rejects.toBeInstanceOf(NotFoundError);
    expect((await groupsOf(round.id)).Ana).toBe("Marketing");
    expect((await groupsOf(other.round.id)).Ana).toBe("Marketing");
  });
});
