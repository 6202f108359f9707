import { beforeAll, describe, expect, inject, it } from "vitest";

import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { addParticipants, DuplicateParticipantsError, listParticipants, reissueParticipantLink, revokeParticipantLink } from "@/server/participants";
import { openQuestionnaire, saveAnswer } from "@/server/questionnaire";
import { getRoundResults } from "@/server/results";
import { createRound, getRound, listRounds, setRoundMinGroupSize, setRoundStatus } from "@/server/rounds";

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
  const workspace = await createWorkspace(db, { slug: "rounds-ws" });
  const other = await createWorkspace(db, { slug: "other-ws" });
  slug = workspace.slug;
  organizationId = (await createOrganization(db, workspace.id, { name: "Umbrella" })).id;
  [consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
});

const roundInput = { name: "H1 2027", opensOn: "2027-01-10", closesOn: "2027-01-31", groups: ["Marketing", "IT", "Marketing", ""] };

describe("rounds", () => {
  it("are created against the current MPEM version, with groups de-duplicated", async () => {
    const round = await createRound(consultant, slug, organizationId, roundInput);
    expect(round).toMatchObject({ name: "H1 2027", status: "DRAFT", frameworkId: "mpem", frameworkVersion: "1.0", groups: ["Marketing", "IT"] });
    expect((await listRounds(viewer, slug, organizationId)).map((listed) => listed.id)).toContain(round.id);
  });

  it("refuse bad input with field messages", async () => {
    await expect(createRound(consultant, slug, organizationId, { ...roundInput, name: "H1 2027" })).rejects.toMatchObject({
      fieldErrors: { name: ["This organization already has a round with this name."] },
    });
    await expect(createRound(consultant, slug, organizationId, { ...roundInput, name: "X", opensOn: "2027-02-01", closesOn: "2027-01-01" })).rejects.toMatchObject({
      fieldErrors: { closesOn: ["The closing date must not be before the opening date."] },
    });
    await expect(createRound(consultant, slug, organizationId, { ...roundInput, name: "Y", opensOn: "tomorrow" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("move draft → open → closed → open, and nothing else", async () => {
    const round = await createRound(consultant, slug, organizationId, { ...roundInput, name: "Lifecycle" });
    await expect(setRoundStatus(consultant, slug, round.id, "CLOSED")).rejects.toThrow("cannot be closed");
    expect((await setRoundStatus(consultant, slug, round.id, "OPEN")).status).toBe("OPEN");
    expect((await setRoundStatus(consultant, slug, round.id, "CLOSED")).status).toBe("CLOSED");
    expect((await setRoundStatus(consultant, slug, round.id, "OPEN")).status).toBe("OPEN");
    await expect(setRoundStatus(consultant, slug, round.id, "DRAFT")).rejects.toBeInstanceOf(ValidationError);
  });

  it("are refused to anonymous callers, outsiders and viewers, changing nothing", async () => {
    const round = await createRound(consultant, slug, organizationId, { ...roundInput, name: "Guarded" });
    const before = await db.round.findMany({ orderBy: { id: "asc" } });
    await expect(getRound(null, slug, round.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(getRound(outsider, slug, round.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRound(outsider, "other-ws", round.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRoundResults(outsider, "other-ws", round.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listParticipants(outsider, "other-ws", round.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createRound(viewer, slug, organizationId, { ...roundInput, name: "Viewer's" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setRoundStatus(viewer, slug, round.id, "OPEN")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addParticipants(viewer, slug, round.id, { list: "Eve" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addParticipants(outsider, "other-ws", round.id, { list: "Eve" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.round.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.participant.count({ where: { roundId: round.id } })).toBe(0);
  });
});

describe("participants", () => {
  it("are added from a pasted list, all or nothing, each with a working personal link", async () => {
    const round = await createRound(consultant, slug, organizationId, { ...roundInput, name: "Paste" });
    await expect(addParticipants(consultant, slug, round.id, { list: "Ana, ana@example.test, Marketing\nBob, not-an-email, IT\nCy, Sales" })).rejects.toMatchObject({
      fieldErrors: { list: ["Line 2: Enter a valid e-mail address, or leave it empty.", `Line 3: "Sales" is not one of this round's groups (Marketing, IT).`] },
    });
    expect(await db.participant.count({ where: { roundId: round.id } })).toBe(0);

    const { links } = await addParticipants(consultant, slug, round.id, { list: "Ana, ana@example.test, Marketing\n\nBob\tIT\nCy" });
    expect(links.map((link) => link.displayName)).toEqual(["Ana", "Bob", "Cy"]);
    expect(links.every((link) => /^[A-Za-z0-9_-]{43}$/.test(link.token))).toBe(true);
    const stored = await db.participant.findMany({ where: { roundId: round.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((participant) => [participant.displayName, participant.email, participant.group])).toEqual([
      ["Ana", "ana@example.test", "Marketing"],
      ["Bob", null, "IT"],
      ["Cy", null, null],
    ]);
    expect(stored.some((participant) => links.some((link) => participant.tokenHash.includes(link.token)))).toBe(false);
    await expect(openQuestionnaire(links[0]!.token)).resolves.toMatchObject({ participant: { displayName: "Ana" } });
  });

  it("are read from a spreadsheet paste with a header row, groups matched case-insensitively in the round's spelling", async () => {
    const round = await createRound(consultant, slug, organizationId, { ...roundInput, name: "Spreadsheet" });
    const { links } = await addParticipants(consultant, slug, round.id, { list: "Name\tE-mail\tGroup\nDoe, Jane\tJane.Doe@example.test\tmarketing\nRoe, Rick\t\tit" });
    expect(links.map((link) => link.displayName)).toEqual(["Doe, Jane", "Roe, Rick"]);
    const stored = await db.participant.findMany({ where: { roundId: round.id }, orderBy: { createdAt: "asc" }, select: { displayName: true, email: true, group: true } });
    expect(stored).toEqual([
      { displayName: "Doe, Jane", email: "jane.doe@example.test", group: "Marketing" },
      { displayName: "Roe, Rick", email: null, group: "IT" },
    ]);
  });

  it("are never duplicated silently: the consultant is asked, then skips or adds them", async () => {
    const round = await createRound(consultant, slug, organizationId, { ...roundInput, name: "Duplicates" });
    await addParticipants(consultant, slug, round.id, { list: "Ana, ana@example.test, Marketing\nBob" });
    const list = "Ana Again, ANA@example.test, IT\nbob\nCy\nCy";
    await expect(addParticipants(consultant, slug, round.id, { list })).rejects.toMatchObject({
      name: "DuplicateParticipantsError",
      duplicates: [
        { line: 1, displayName: "Ana Again", reason: "in-round" },
        { line: 2, displayName: "bob", reason: "in-round" },
        { line: 4, displayName: "Cy", reason: "in-list" },
      ],
    });
    expect(await db.participant.count({ where: { roundId: round.id } })).toBe(2);
    await expect(addParticipants(consultant, slug, round.id, { displayName: "Bob", email: "", group: "" })).rejects.toBeInstanceOf(DuplicateParticipantsError);

    const skipped = await addParticipants(consultant, slug, round.id, { list, onDuplicate: "skip" });
    expect([skipped.links.map((link) => link.displayName), skipped.skipped]).toEqual([["Cy"], 3]);
    const added = await addParticipants(consultant, slug, round.id, { displayName: "Bob", email: "", group: "", onDuplicate: "add" });
    expect(added.links.map((link) => link.displayName)).toEqual(["Bob"]);
    expect(await db.participant.count({ where: { roundId: round.id, displayName: "Bob" } })).toBe(2);
  });

  it("show progress, and a re-issued link replaces the old one; a withdrawn one stops working", async () => {
    const round = await createRound(consultant, slug, organizationId, { ...roundInput, name: "Progress" });
    await setRoundStatus(consultant, slug, round.id, "OPEN");
    const [ana] = (await addParticipants(consultant, slug, round.id, { displayName: "Ana", email: "", group: "IT" })).links;
    await saveAnswer(ana!.token, answer("extent", 2, 3, 1));
    await saveAnswer(ana!.token, { ...answer("scope", 2, 3, 1), targetLevel: null, targetDontKnow: false });
    expect((await listParticipants(viewer, slug, round.id))[0]).toMatchObject({ displayName: "Ana", answered: 1 });

    const fresh = await reissueParticipantLink(consultant, slug, round.id, ana!.participantId);
    await expect(openQuestionnaire(ana!.token)).rejects.toMatchObject({ reason: "invalid" });
    await expect(openQuestionnaire(fresh.token)).resolves.toMatchObject({ answers: expect.arrayContaining([expect.objectContaining({ dimensionId: "extent" })]) });
    await revokeParticipantLink(consultant, slug, round.id, ana!.participantId);
    await expect(openQuestionnaire(fresh.token)).rejects.toMatchObject({ reason: "revoked" });
  });
});

describe("results", () => {
  async function answeredRound(name: string, list: string) {
    const round = await createRound(consultant, slug, organizationId, { ...roundInput, name });
    await setRoundStatus(consultant, slug, round.id, "OPEN");
    const { links } = await addParticipants(consultant, slug, round.id, { list });
    return { round, links };
  }

  it("score every answer of the round in one pass, groups in the round's order", async () => {
    const { round, links } = await answeredRound("Scored", "A, IT\nB, IT\nC, IT\nD, Marketing\nE, Marketing\nF, Marketing");
    const levels = [1, 3, null, 2, 2, 4];
    for (const [index, link] of links.entries()) await saveAnswer(link.token, answer("extent", levels[index]!, 4, 1));
    await saveAnswer(links[2]!.token, { ...answer("culture", 2, 3, 1), targetLevel: null, targetDontKnow: false });
    const { scores, participantTotal } = await getRoundResults(viewer, slug, round.id);
    expect(participantTotal).toBe(6);
    const extent = scores.dimensions.find((dimension) => dimension.dimensionId === "extent")!;
    expect(extent.current).toMatchObject({ count: 5, dontKnow: 1, median: 2 });
    expect(extent.respondents).toBe(6);
    const culture = scores.dimensions.find((dimension) => dimension.dimensionId === "culture")!;
    expect(culture.target).toMatchObject({ count: 0, dontKnow: 0 }); // not answered yet is not "don't know"
    // The round lists Marketing first.
    expect(scores.groups.map((group) => [group.label, group.participantCount])).toEqual([
      ["Marketing", 3],
      ["IT", 3],
    ]);
  });

  it("show nothing that rests on fewer than the round's minimum, which a consultant can raise but not lower below 3", async () => {
    const { round, links } = await answeredRound("Minimum", "A, Marketing\nB, Marketing\nC, Marketing\nD, IT\nE, IT\nF, IT\nG, IT");
    for (const link of links) await saveAnswer(link.token, answer("extent", 2, 4, 1));
    expect((await getRoundResults(viewer, slug, round.id)).scores.groups.map((group) => group.label)).toEqual(["Marketing", "IT"]);

    await expect(setRoundMinGroupSize(consultant, slug, round.id, "2")).rejects.toMatchObject({ fieldErrors: { minGroupSize: [expect.stringMatching(/at least 3/)] } });
    await expect(setRoundMinGroupSize(viewer, slug, round.id, "5")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(db.$executeRawUnsafe(`UPDATE "Round" SET "minGroupSize" = 2 WHERE id = $1`, round.id)).rejects.toThrow(/Round_minGroupSize_check/);
    await setRoundMinGroupSize(consultant, slug, round.id, "4");
    const { scores } = await getRoundResults(viewer, slug, round.id);
    expect(scores.minGroupSize).toBe(4);
    // Marketing (3) is below 4; folded into Other alone it would be subtractable, so IT joins it.
    expect(scores.groups).toEqual([]);
    expect(await db.auditEvent.findFirst({ where: { action: "round.min-group-size-changed", targetId: round.id }, select: { details: true } })).toEqual({ details: { before: 3, after: 4 } });
  });

  it("keep a withdrawn participant's answers, in a closed round too", async () => {
    const { round, links } = await answeredRound("Withdrawn", "A\nB\nC");
    for (const [index, link] of links.entries()) await saveAnswer(link.token, answer("extent", index + 1, 5, 1));
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    const before = (await getRoundResults(viewer, slug, round.id)).scores;
    await revokeParticipantLink(consultant, slug, round.id, links[0]!.participantId);
    expect((await getRoundResults(viewer, slug, round.id)).scores).toEqual(before);
    expect(before.dimensions.find((dimension) => dimension.dimensionId === "extent")!.current).toMatchObject({ count: 3, median: 2 });
  });
});
