import { beforeAll, describe, expect, inject, it } from "vitest";

import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { getNextRoundProposal, startNextRound } from "@/server/next-round";
import { addParticipants, revokeParticipantLink } from "@/server/participants";
import { openQuestionnaire, saveAnswer } from "@/server/questionnaire";
import { createRound, setRoundMinGroupSize, setRoundStatus } from "@/server/rounds";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { answer } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));

let slug: string;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "next-ws" });
  const other = await createWorkspace(db, { slug: "next-other" });
  slug = workspace.slug;
  [consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
});

/** An organization with one closed round "H1 2026" answered by three people; returns their links. */
async function closedRound(orgName: string) {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug } });
  const organization = await createOrganization(db, workspace.id, { name: orgName });
  const round = await createRound(consultant, slug, organization.id, { name: "H1 2026", opensOn: "2026-05-04", closesOn: "2026-05-15", groups: ["Marketing", "IT"] });
  await setRoundMinGroupSize(consultant, slug, round.id, "4");
  await setRoundStatus(consultant, slug, round.id, "OPEN");
  const { links } = await addParticipants(consultant, slug, round.id, { list: "Ana, ana@acme.test, Marketing\nBo, , it\nCy, cy@acme.test, IT" });
  for (const link of links) await saveAnswer(link.token, answer("extent", 2, 3));
  await setRoundStatus(consultant, slug, round.id, "CLOSED");
  return { organization, round, links };
}

describe("starting the next round from a closed one", () => {
  it("proposes the next half-year, never in the past, and lists who can be carried over", async () => {
    const { round, links } = await closedRound("Proposal Co");
    await revokeParticipantLink(consultant, slug, round.id, links[1]!.participantId);
    const proposal = await getNextRoundProposal(consultant, slug, round.id, new Date("2026-06-01T12:00:00Z"));
    expect(proposal).toMatchObject({ name: "H2 2026", opensOn: "2026-11-04", closesOn: "2026-11-15", followUp: null });
    expect(proposal.participants.map((person) => [person.displayName, person.group, person.linkWithdrawn])).toEqual([
      ["Ana", "Marketing", false],
      ["Bo", "IT", true],
      ["Cy", "IT", false],
    ]);
    const late = await getNextRoundProposal(consultant, slug, round.id, new Date("2027-02-10T12:00:00Z"));
    expect(late).toMatchObject({ name: "H1 2027", opensOn: "2027-02-10", closesOn: "2027-02-21" });
  });

  it("carries the chosen participants with new links, linked to the previous round, same framework, groups and privacy minimum; old links stay read-only", async () => {
    const { round, links } = await closedRound("Carry Co");
    const previousPeople = await db.participant.findMany({ where: { roundId: round.id }, orderBy: { createdAt: "asc" } });
    const chosen = [previousPeople[0]!.id, previousPeople[2]!.id];
    const { round: next, links: newLinks } = await startNextRound(consultant, slug, round.id, { name: " H2 2026 ", opensOn: "2026-11-04", closesOn: "2026-11-15", participantIds: chosen });

    const stored = await db.round.findUniqueOrThrow({ where: { id: next.id }, include: { participants: { orderBy: { createdAt: "asc" } } } });
    expect(stored).toMatchObject({ name: "H2 2026", status: "DRAFT", previousRoundId: round.id, frameworkId: "mpem", frameworkVersion: "1.0", groups: ["Marketing", "IT"], minGroupSize: 4 });
    expect(stored.opensOn?.toISOString().slice(0, 10)).toBe("2026-11-04");
    expect(stored.participants.map((person) => [person.displayName, person.email, person.group])).toEqual([
      ["Ana", "ana@acme.test", "Marketing"],
      ["Cy", "cy@acme.test", "IT"],
    ]);
    // New links: different from the old ones, and each opens the new round, empty.
    expect(newLinks.map((link) => link.displayName)).toEqual(["Ana", "Cy"]);
    expect(newLinks.map((link) => link.token)).not.toContain(links[0]!.token);
    expect(new Set(stored.participants.map((person) => person.tokenHash)).size).toBe(2);
    expect(stored.participants.some((person) => previousPeople.some((old) => old.tokenHash === person.tokenHash))).toBe(false);
    await expect(openQuestionnaire(newLinks[0]!.token)).resolves.toMatchObject({ round: { name: "H2 2026", status: "DRAFT" }, answers: [] });
    // The old link still opens the closed round with its answers, and still cannot change them.
    await expect(openQuestionnaire(links[0]!.token)).resolves.toMatchObject({ round: { name: "H1 2026", status: "CLOSED" }, answers: [expect.objectContaining({ dimensionId: "extent", currentLevel: 2 })] });
    await expect(saveAnswer(links[0]!.token, answer("extent", 4, 5, 2))).rejects.toMatchObject({ reason: "closed" });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "round.started-from-previous", targetId: next.id } });
    expect(audit).toMatchObject({ actorUserId: consultant.userId, details: { name: "H2 2026", previousRoundId: round.id, previousRoundName: "H1 2026", participantsCarriedOver: 2, participantsLeftOut: 1 } });
    expect(JSON.stringify(audit.details)).not.toMatch(/acme\.test|tokenHash/);
  });

  it("starts one next round per closed round, even on a double click", async () => {
    const { round } = await closedRound("Twice Co");
    const attempts = await Promise.allSettled([
      startNextRound(consultant, slug, round.id, { name: "H2 2026", opensOn: "", closesOn: "", participantIds: [] }),
      startNextRound(consultant, slug, round.id, { name: "Autumn review", opensOn: "", closesOn: "", participantIds: [] }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    const refusal = attempts.find((attempt) => attempt.status === "rejected") as PromiseRejectedResult;
    expect(refusal.reason).toBeInstanceOf(ValidationError);
    expect(refusal.reason.message).toMatch(/has already been started/);
    expect(await db.round.count({ where: { previousRoundId: round.id } })).toBe(1);
    expect((await getNextRoundProposal(consultant, slug, round.id)).followUp).not.toBeNull();
  });

  it("refuses bad input, rounds that are not closed, forged participants, viewers and outsiders, changing nothing", async () => {
    const { organization, round } = await closedRound("Refusals Co");
    const elsewhere = await closedRound("Elsewhere Co");
    const strangerId = (await db.participant.findFirstOrThrow({ where: { roundId: elsewhere.round.id } })).id;
    const openRound = await createRound(consultant, slug, elsewhere.organization.id, { name: "Open one", opensOn: "", closesOn: "", groups: [] });
    const before = await db.round.count();

    await expect(startNextRound(consultant, slug, round.id, { name: "H1 2026", opensOn: "", closesOn: "", participantIds: [] })).rejects.toMatchObject({
      fieldErrors: { name: ["This organization already has a round with this name."] },
    });
    await expect(startNextRound(consultant, slug, round.id, { name: "X", opensOn: "2026-12-01", closesOn: "2026-11-01", participantIds: [] })).rejects.toMatchObject({
      fieldErrors: { closesOn: ["The closing date must not be before the opening date."] },
    });
    await expect(startNextRound(consultant, slug, round.id, { name: "X", opensOn: "2027-02-30", closesOn: "", participantIds: [] })).rejects.toMatchObject({
      fieldErrors: { opensOn: [expect.stringContaining("does not exist")] },
    });
    await expect(startNextRound(consultant, slug, round.id, { name: "X", opensOn: "", closesOn: "", participantIds: [strangerId] })).rejects.toThrow(/no longer in the closed round/);
    await expect(startNextRound(consultant, slug, openRound.id, { name: "X", opensOn: "", closesOn: "", participantIds: [] })).rejects.toThrow(/Close this round first/);
    await expect(getNextRoundProposal(consultant, slug, openRound.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(startNextRound(viewer, slug, round.id, { name: "X", opensOn: "", closesOn: "", participantIds: [] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getNextRoundProposal(viewer, slug, round.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startNextRound(outsider, "next-other", round.id, { name: "X", opensOn: "", closesOn: "", participantIds: [] })).rejects.toBeInstanceOf(NotFoundError);
    await db.organization.update({ where: { id: organization.id }, data: { archivedAt: new Date() } });
    await expect(startNextRound(consultant, slug, round.id, { name: "X", opensOn: "", closesOn: "", participantIds: [] })).rejects.toThrow(/archived/);

    expect(await db.round.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "round.started-from-previous", details: { path: ["previousRoundId"], equals: round.id } } })).toBe(0);
  });
});
