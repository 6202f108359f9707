import { randomUUID } from "node:crypto";

import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { POST } from "@/app/api/r/[token]/answers/route";
import { tcsDataMaturity } from "@/domain/frameworks/tcs-data-maturity";
import { saveAnswer } from "@/server/questionnaire";
import { ValidationError } from "@/server/errors";

import { createDbClient } from "../factories/db-client";
import { answer, createParticipant, createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

// Levels are checked against the round's own framework, in the app and in the database: a TCS round
// has three levels, so a level 5 (fine on MPEM) is refused by the save endpoint with a message that
// names the scale, and by Response's CHECK for any writer that bypasses the app.

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
afterAll(() => db.$disconnect());

let roundId: string;
let token: string;
let participantId: string;

beforeEach(async () => {
  await resetDatabase(databaseUrl);
  const workspace = await createWorkspace(db);
  const organization = await createOrganization(db, workspace.id);
  roundId = (await createRound(db, organization.id, { framework: tcsDataMaturity })).id;
  const created = await createParticipant(db, roundId);
  token = created.token;
  participantId = created.participant.id;
});

const post = (body: unknown) =>
  POST(new Request("http://localhost/api/r/x/answers", { method: "POST", body: JSON.stringify(body) }), { params: Promise.resolve({ token }) });

describe("a TCS round (three levels, four aspects)", () => {
  it("stores the framework's scale and dimensions on the round", async () => {
    expect(await db.round.findUniqueOrThrow({ where: { id: roundId }, select: { levelCount: true, dimensionIds: true } })).toEqual({
      levelCount: 3,
      dimensionIds: tcsDataMaturity.dimensions.map((dimension) => dimension.id),
    });
  });

  it("saves a level on its scale", async () => {
    const response = await post(answer("personal-data-usage", 1, 3));
    expect(response.status).toBe(200);
    expect(await db.response.findMany({ where: { participantId }, select: { currentLevel: true, targetLevel: true, levelCount: true } })).toEqual([
      { currentLevel: 1, targetLevel: 3, levelCount: 3 },
    ]);
  });

  it("answers 422 naming the scale for level 5, today or needed, and stores nothing", async () => {
    const today = await post(answer("personal-data-usage", 5, null));
    expect(today.status).toBe(422);
    expect(await today.json()).toEqual({
      message: "Level 5 is not on this framework's scale of 1–3.",
      fieldErrors: { currentLevel: ["Level 5 is not on this framework's scale of 1–3."] },
    });
    const needed = await post(answer("personal-data-usage", 2, 4));
    expect(needed.status).toBe(422);
    expect(await needed.json()).toMatchObject({ fieldErrors: { targetLevel: ["Level 4 is not on this framework's scale of 1–3."] } });
    expect(await db.response.count({ where: { participantId } })).toBe(0);
  });

  it("refuses a later out-of-scale edit and keeps the stored answer", async () => {
    await saveAnswer(token, answer("contact-frequency", 2, 3, 1));
    await expect(saveAnswer(token, answer("contact-frequency", 2, 5, 2))).rejects.toThrow(ValidationError);
    await expect(saveAnswer(token, answer("contact-frequency", 2, 5, 3))).rejects.toThrow("Level 5 is not on this framework's scale of 1–3.");
    expect(await db.response.findMany({ where: { participantId }, select: { targetLevel: true, revision: true } })).toEqual([{ targetLevel: 3, revision: 1 }]);
  });

  it("refuses a dimension of another framework (MPEM's extent)", async () => {
    const response = await post(answer("extent", 1, 2));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ fieldErrors: { dimensionId: ["This dimension is not part of this round's framework."] } });
    expect(await db.response.count({ where: { participantId } })).toBe(0);
  });

  it("refuses, in the database itself, a direct INSERT of level 5", async () => {
    const insert = (levelCount: number, level: number) =>
      db.$executeRaw`
        INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "targetLevel", revision, "updatedAt")
        VALUES (${randomUUID()}, ${participantId}, ${roundId}, ${levelCount}, 'offer-messaging', ${level}, 1, 1, now())`;
    await expect(insert(3, 5)).rejects.toThrow(/Response_currentLevel_range/);
    // Claiming MPEM's five levels does not help: the round's own scale is the foreign key's.
    await expect(insert(5, 5)).rejects.toThrow(/Response_roundId_levelCount_fkey/);
    await expect(insert(3, 0)).rejects.toThrow(/Response_currentLevel_range/);
    await expect(insert(3, 3)).resolves.toBe(1);
  });

  it("refuses, in the database, workshop votes and agreed levels beyond the round's scale", async () => {
    const vote = (level: number) =>
      db.$executeRaw`
        INSERT INTO "Vote" (id, "roundId", "levelCount", "participantId", "dimensionId", "votingRound", "currentLevel", "targetLevel", "updatedAt")
        VALUES (${randomUUID()}, ${roundId}, 3, ${participantId}, 'offer-messaging', ${level}, ${level}, 3, now())`;
    await expect(vote(5)).rejects.toThrow(/Vote_currentLevel_range/);
    await expect(vote(3)).resolves.toBe(1);
    const consensus = (level: number, dimensionId: string) =>
      db.$executeRaw`
        INSERT INTO "Consensus" ("roundId", "levelCount", "dimensionId", "currentLevel", "targetLevel", rationale, "votingRound", "recordedById", "recordedByName", "updatedAt")
        VALUES (${roundId}, 3, ${dimensionId}, 1, ${level}, 'Agreed', 1, 'u', 'U', now())`;
    await expect(consensus(4, "contact-frequency")).rejects.toThrow(/Consensus_targetLevel_range/);
    await expect(consensus(3, "contact-frequency")).resolves.toBe(1);
  });

  it("refuses, in the database, shrinking a round's scale under answers beyond it", async () => {
    await saveAnswer(token, answer("offer-positioning", 3, 3, 1));
    await expect(db.$executeRaw`UPDATE "Round" SET "levelCount" = 2 WHERE id = ${roundId}`).rejects.toThrow(/Response_currentLevel_range/);
  });
});
