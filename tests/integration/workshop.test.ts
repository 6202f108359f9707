import { beforeEach, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import { ValidationError } from "@/server/errors";
import { getRoundResults } from "@/server/results";
import { setRoundStatus } from "@/server/rounds";
import { castVote, getAttendeeState, VoteRefused } from "@/server/workshop/attendee";
import { listRecordedConsensus } from "@/server/workshop/consensus";
import { recordConsensus, runWorkshopCommand, startWorkshop } from "@/server/workshop/facilitator";
import { findWorkshopByCode, joinWorkshop, JoinRefused } from "@/server/workshop/join";
import { readAttendeeView, readFacilitatorView } from "@/server/workshop/views";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);

let slug: string;
let roundId: string;
let facilitator: TestActor;
let viewer: TestActor;
let code: string;
const [extent, scope] = mpem.dimensions;

const vote = (dimensionId: string, currentLevel: number | null, targetLevel: number | null, votingRound = 1, comment = "") => ({
  dimensionId,
  votingRound,
  currentLevel,
  currentDontKnow: currentLevel === null,
  targetLevel,
  targetDontKnow: targetLevel === null,
  comment,
});

let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter}`;

async function join(name: string, group: string): Promise<string> {
  return (await joinWorkshop(code, { displayName: name, group }, freshAddress())).token;
}

/** Anything that looks like a level in a JSON body. */
function levelFields(body: unknown): string[] {
  return [...JSON.stringify(body).matchAll(/"(currentLevel|targetLevel|levels|byGroup|median)":/g)].map((match) => match[1]!);
}

beforeEach(async () => {
  await resetDatabase(databaseUrl);
  const workspace = await createWorkspace(db);
  slug = workspace.slug;
  const organization = await createOrganization(db, workspace.id);
  roundId = (await createRound(db, organization.id, { status: "OPEN", groups: ["Marketing", "IT", "Leadership"] })).id;
  [facilitator, viewer] = await Promise.all([createUser(db, { name: "Fay Facilitator" }), createUser(db)]);
  await addMember(db, workspace.id, facilitator.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await startWorkshop(facilitator, slug, roundId);
  code = (await db.workshop.findUniqueOrThrow({ where: { roundId } })).joinCode;
});

describe("a live workshop, end to end in the data layer", () => {
  it("joins five attendees, hides votes until the reveal, revotes keeping the first votes, and records a consensus that replaces the median", async () => {
    const tokens = [await join("Ana", "Marketing"), await join("Ben", "marketing"), await join("Cy", "Marketing"), await join("Dee", "IT"), await join("Eve", "IT")];
    expect((await readFacilitatorView(roundId))?.participants).toBe(5);

    const firstVotes = [
      [2, 4],
      [3, 4],
      [2, 5],
      [4, 4],
      [1, 3],
    ] as const;
    for (const [index, token] of tokens.entries()) await castVote(token, vote(extent!.id, firstVotes[index]![0], firstVotes[index]![1]));

    // Before the reveal: counts only, for the presenter and for every phone, and the results do not see the votes.
    const before = await readFacilitatorView(roundId);
    expect(before).toMatchObject({ voted: 5, participants: 5, phase: "voting", reveal: null });
    expect(levelFields(before)).toEqual([]);
    const phone = await getAttendeeState(tokens[0]);
    expect(phone.view).toMatchObject({ voted: 5, reveal: null });
    expect(levelFields(phone.view)).toEqual([]);
    expect(phone.ownVote).toMatchObject({ currentLevel: 2, targetLevel: 4 }); // their own, and only theirs
    expect((await getRoundResults(facilitator, slug, roundId)).scores.dimensions[0]!.current.count).toBe(0);

    await runWorkshopCommand(facilitator, slug, roundId, { type: "reveal" });
    const revealed = await readFacilitatorView(roundId);
    expect(revealed?.phase).toBe("revealed");
    expect(revealed?.reveal?.today.levels.map((level) => level.total)).toEqual([1, 2, 1, 1, 0]);
    expect(revealed?.reveal?.today.stats).toMatchObject({ median: 2, spread: 3 });
    expect(revealed?.reveal?.today.wideDisagreement).toBe(true);
    // IT has two voters, below the minimum of three: it is folded, and Marketing with it.
    expect(revealed?.reveal?.groups.map((group) => group.label)).toEqual(["Everyone"]);
    expect((await getRoundResults(facilitator, slug, roundId)).scores.dimensions[0]!.current).toMatchObject({ count: 5, median: 2 });
    await expect(castVote(tokens[0], vote(extent!.id, 5, 5))).rejects.toThrow(VoteRefused);

    await runWorkshopCommand(facilitator, slug, roundId, { type: "revote" });
    await expect(castVote(tokens[0], vote(extent!.id, 3, 4, 1))).rejects.toThrow(/vote again/);
    for (const token of tokens) await castVote(token, vote(extent!.id, 3, 4, 2));
    await runWorkshopCommand(facilitator, slug, roundId, { type: "reveal" });
    expect((await readFacilitatorView(roundId))?.reveal?.today.stats).toMatchObject({ median: 3, spread: 0 });
    const kept = await db.vote.findMany({ where: { roundId, dimensionId: extent!.id }, orderBy: [{ votingRound: "asc" }] });
    expect(kept.map((entry) => entry.votingRound)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);

    await expect(recordConsensus(viewer, slug, roundId, { dimensionId: extent!.id, currentLevel: 3, targetLevel: 4, rationale: "x", dissent: "" })).rejects.toThrow();
    await expect(recordConsensus(facilitator, slug, roundId, { dimensionId: extent!.id, currentLevel: 3, targetLevel: 9, rationale: "", dissent: "" })).rejects.toThrow(ValidationError);
    await recordConsensus(facilitator, slug, roundId, { dimensionId: extent!.id, currentLevel: 2, targetLevel: 4, rationale: "Only web and e-mail are personalized.", dissent: "Dee sees app push as live." });
    const agreed = await readFacilitatorView(roundId);
    expect(agreed).toMatchObject({ phase: "agreed", consensus: { currentLevel: 2, targetLevel: 4 }, consensusDetails: { rationale: "Only web and e-mail are personalized.", recordedByName: "Fay Facilitator", votingRound: 2 } });

    const results = await getRoundResults(viewer, slug, roundId);
    expect(results.scores.dimensions[0]).toMatchObject({ official: { current: 2, target: 4, source: "consensus" }, current: { median: 3 } });
    const recorded = await listRecordedConsensus(viewer, slug, roundId);
    expect(recorded.consensus).toMatchObject([{ dimensionId: extent!.id, currentLevel: 2, dissent: "Dee sees app push as live." }]);
    expect(recorded.counts).toContainEqual({ dimensionId: extent!.id, field: "current", level: 3, count: 5 });
    const audit = await db.auditEvent.findMany({ where: { action: "workshop.consensus-recorded" } });
    expect(audit).toMatchObject([{ actorUserId: facilitator.userId, targetId: roundId, details: { dimensionId: extent!.id, currentLevel: 2, targetLevel: 4, votingRound: 2 } }]);
  });

  it("refuses a reveal with fewer votes than the privacy minimum, and votes on any dimension but the current one", async () => {
    const [ana, ben] = [await join("Ana", "IT"), await join("Ben", "IT")];
    await castVote(ana, vote(extent!.id, 2, 3));
    await castVote(ben, vote(extent!.id, 2, 3));
    await expect(runWorkshopCommand(facilitator, slug, roundId, { type: "reveal" })).rejects.toThrow(/at least 3 votes/);
    await expect(castVote(ana, vote(scope!.id, 2, 3))).rejects.toThrow(/moved to another dimension/);
    await runWorkshopCommand(facilitator, slug, roundId, { type: "next" });
    expect((await readAttendeeView(roundId))?.currentDimensionId).toBe(scope!.id);
    await castVote(ana, vote(scope!.id, null, 3));
    await expect(castVote(ana, vote(scope!.id, 4, 2))).rejects.toThrow(ValidationError); // needs a reason
    await expect(castVote(ana, vote(scope!.id, 9, 2))).rejects.toMatchObject({ fieldErrors: { currentLevel: ["Levels run from 1 to 5."] } });
  });

  it("switches to self-paced and back, and the facilitator may show who has not voted (names, never levels)", async () => {
    const [ana] = [await join("Ana", "IT"), await join("Ben", "IT")];
    await castVote(ana, vote(extent!.id, 2, 3));
    await runWorkshopCommand(facilitator, slug, roundId, { type: "show-who-has-not-voted", show: true });
    expect((await readFacilitatorView(roundId))?.notVoted).toEqual(["Ben"]);
    await runWorkshopCommand(facilitator, slug, roundId, { type: "set-mode", mode: "self-paced" });
    await expect(castVote(ana, vote(extent!.id, 2, 3))).rejects.toThrow(/not live/);
    await expect(runWorkshopCommand(facilitator, slug, roundId, { type: "next" })).rejects.toThrow(/self-paced/);
    await startWorkshop(facilitator, slug, roundId);
    expect((await readFacilitatorView(roundId))?.mode).toBe("workshop");
    await expect(runWorkshopCommand(viewer, slug, roundId, { type: "next" })).rejects.toThrow();
    await expect(runWorkshopCommand(facilitator, slug, roundId, { type: "jump" })).rejects.toThrow(ValidationError);
    const audit = await db.auditEvent.findMany({ where: { action: "workshop.mode-changed" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.details)).toEqual([{ mode: "self-paced" }, { mode: "workshop" }]);
  });
});

describe("joining with a code", () => {
  it("opens the workshop for a right code typed loosely, and refuses a group the round does not list", async () => {
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
    await expect(findWorkshopByCode(typed, freshAddress())).resolves.toMatchObject({ roundId, groups: ["Marketing", "IT", "Leadership"] });
    await expect(joinWorkshop(code, { displayName: "Ana", group: "Sales" }, freshAddress())).rejects.toThrow(ValidationError);
    await expect(joinWorkshop(code, { displayName: "", group: "IT" }, freshAddress())).rejects.toThrow(ValidationError);
    expect(await db.participant.count({ where: { roundId } })).toBe(0);
  });

  it("resumes on the same device instead of adding the attendee twice", async () => {
    const first = await joinWorkshop(code, { displayName: "Ana", group: "IT" }, freshAddress());
    const again = await joinWorkshop(code, { displayName: "Ana again", group: "IT" }, freshAddress(), first.token);
    expect(again).toMatchObject({ token: first.token, displayName: "Ana", resumed: true });
    expect(await db.participant.count({ where: { roundId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "participant.joined" } })).toBe(1);
  });

  it("stops when the facilitator turns joining off, and for good when the round closes", async () => {
    await runWorkshopCommand(facilitator, slug, roundId, { type: "set-joining", open: false });
    await expect(findWorkshopByCode(code, freshAddress())).rejects.toMatchObject({ reason: "joining-off" });
    await runWorkshopCommand(facilitator, slug, roundId, { type: "set-joining", open: true });
    await expect(findWorkshopByCode(code, freshAddress())).resolves.toBeTruthy();
    await setRoundStatus(facilitator, slug, roundId, "CLOSED");
    await expect(joinWorkshop(code, { displayName: "Late", group: "IT" }, freshAddress())).rejects.toMatchObject({ reason: "ended" });
  });

  it("limits wrong codes per address in PostgreSQL, without touching other addresses", async () => {
    const address = freshAddress();
    for (let attempt = 0; attempt < 30; attempt += 1) await expect(findWorkshopByCode("ZZZZZZ", address)).rejects.toMatchObject({ reason: "unknown" });
    const refused = await findWorkshopByCode(code, address).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(JoinRefused);
    expect(refused).toMatchObject({ reason: "too-many" });
    expect((refused as JoinRefused).retryAfterSeconds).toBeGreaterThan(0);
    await expect(findWorkshopByCode(code, freshAddress())).resolves.toMatchObject({ roundId });
    // Right codes never count.
    const another = freshAddress();
    for (let attempt = 0; attempt < 35; attempt += 1) await findWorkshopByCode(code, another);
  });
});
