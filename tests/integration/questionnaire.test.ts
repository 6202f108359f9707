import pg from "pg";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { ValidationError } from "@/server/errors";
import { openQuestionnaire, QuestionnaireUnavailable, readOwnAnswers, saveAnswer, submitQuestionnaire } from "@/server/questionnaire";

import { createDbClient } from "../factories/db-client";
import { answer, createParticipant, createRound, TEST_DEVICE_ID } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

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
  roundId = (await createRound(db, organization.id)).id;
  const created = await createParticipant(db, roundId, { displayName: "Mia" });
  token = created.token;
  participantId = created.participant.id;
});

/** Other sessions of this database that are waiting for a row lock. */
async function waitingOnLocks(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ waiting: number }>(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
  );
  return rows[0]?.waiting ?? 0;
}

const stored = () => db.response.findMany({ where: { participantId }, orderBy: { dimensionId: "asc" } });

describe("saving answers", () => {
  it("saves, and marks the participant as started", async () => {
    await expect(saveAnswer(token, answer("extent", 2, 4, 1))).resolves.toEqual({
      status: "saved",
      answer: { dimensionId: "extent", currentLevel: 2, currentDontKnow: false, targetLevel: 4, targetDontKnow: false, comment: null, evidenceUrl: null, revision: 1 },
    });
    expect(await stored()).toMatchObject([{ dimensionId: "extent", currentLevel: 2, targetLevel: 4, revision: 1, deviceRevisions: { [TEST_DEVICE_ID]: 1 } }]);
    expect((await db.participant.findUniqueOrThrow({ where: { id: participantId } })).startedAt).not.toBeNull();
  });

  it("is idempotent: the same save twice leaves one row", async () => {
    await saveAnswer(token, answer("extent", 2, 4, 1));
    await expect(saveAnswer(token, answer("extent", 2, 4, 1))).resolves.toMatchObject({ status: "stale", answer: { currentLevel: 2, revision: 1 } });
    expect(await stored()).toMatchObject([{ revision: 1 }]);
  });

  it("never lets an older edit from a device overwrite a newer one from the same device, whatever the arrival order", async () => {
    await saveAnswer(token, answer("scope", 3, 5, 7));
    await expect(saveAnswer(token, answer("scope", 1, 2, 6))).resolves.toMatchObject({ status: "stale", answer: { currentLevel: 3, targetLevel: 5, revision: 1 } });
    expect(await stored()).toMatchObject([{ currentLevel: 3, targetLevel: 5, revision: 1 }]);
    await expect(saveAnswer(token, answer("scope", 4, 5, 8))).resolves.toMatchObject({ status: "saved", answer: { currentLevel: 4, revision: 2 } });
    expect(await stored()).toMatchObject([{ currentLevel: 4, revision: 2, deviceRevisions: { [TEST_DEVICE_ID]: 8 } }]);
  });

  it("keeps one row per dimension, holding the device's newest edit, under concurrent saves", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, index) => saveAnswer(token, answer("culture", (index % 5) + 1, 5, index + 1))));
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ currentLevel: 5, deviceRevisions: { [TEST_DEVICE_ID]: 20 } });
  });

  it("applies edits from two devices whose own revisions collide: the one the server receives last wins", async () => {
    const phone = "phone-device-000000001";
    const laptop = "laptop-device-00000001";
    await saveAnswer(token, answer("extent", 2, 4, 3, { deviceId: phone }));
    // The laptop has made as many edits as the phone: same revision number, a different device.
    await expect(saveAnswer(token, answer("extent", 3, 5, 3, { deviceId: laptop }))).resolves.toMatchObject({
      status: "saved",
      answer: { currentLevel: 3, targetLevel: 5, revision: 2 },
    });
    // The phone's late retry of its old edit changes nothing and tells the phone what the server kept.
    await expect(saveAnswer(token, answer("extent", 2, 4, 3, { deviceId: phone }))).resolves.toEqual({
      status: "stale",
      answer: expect.objectContaining({ currentLevel: 3, targetLevel: 5, revision: 2 }),
    });
    // A new edit on the phone is newer than anything it sent before, so it is applied.
    await expect(saveAnswer(token, answer("extent", 1, 2, 4, { deviceId: phone }))).resolves.toMatchObject({ status: "saved", answer: { currentLevel: 1, revision: 3 } });
    expect(await stored()).toMatchObject([{ currentLevel: 1, targetLevel: 2, revision: 3, deviceRevisions: { [phone]: 4, [laptop]: 3 } }]);
  });

  it("keeps the stored evidence link when a save leaves the link out, and clears it when the link is emptied", async () => {
    await saveAnswer(token, answer("extent", 2, 4, 1, { evidenceUrl: "https://intranet.example/report" }));
    const { evidenceUrl: _left, ...withoutLink } = answer("extent", 2, 4, 2, { comment: "Seen in the Q3 review." });
    await expect(saveAnswer(token, withoutLink)).resolves.toMatchObject({
      status: "saved",
      answer: { comment: "Seen in the Q3 review.", evidenceUrl: "https://intranet.example/report" },
    });
    await saveAnswer(token, answer("extent", 2, 4, 3, { comment: "Seen in the Q3 review.", evidenceUrl: "" }));
    expect(await stored()).toMatchObject([{ comment: "Seen in the Q3 review.", evidenceUrl: null, revision: 3 }]);
  });

  it("remembers at most 16 devices per answer, dropping the least recently active", async () => {
    for (let device = 1; device <= 18; device += 1) {
      await saveAnswer(token, answer("extent", 2, 4, 1000 + device, { deviceId: `many-devices-${String(device).padStart(6, "0")}` }));
    }
    const [row] = await stored();
    const devices = Object.keys(row!.deviceRevisions as Record<string, number>).sort();
    expect(devices).toHaveLength(16);
    expect(devices[0]).toBe("many-devices-000003");
    expect(row!.revision).toBe(18);
  });

  it("accepts a save from a page loaded before device ids (revision alone) as one legacy device", async () => {
    const { deviceId: _id, deviceRevision: _revision, ...legacy } = answer("extent", 2, 4);
    await expect(saveAnswer(token, { ...legacy, revision: 5 })).resolves.toMatchObject({ status: "saved" });
    await expect(saveAnswer(token, { ...legacy, currentLevel: 1, revision: 4 })).resolves.toMatchObject({ status: "stale", answer: { currentLevel: 2 } });
  });

  it("records \"don't know\" distinctly from a level", async () => {
    await saveAnswer(token, answer("technology", null, 3, 1));
    expect(await stored()).toMatchObject([{ currentLevel: null, currentDontKnow: true, targetLevel: 3, targetDontKnow: false }]);
  });

  it("refuses answers when the round is not open, and changes nothing", async () => {
    await saveAnswer(token, answer("extent", 2, 4, 1));
    await db.round.update({ where: { id: roundId }, data: { status: "CLOSED" } });
    await expect(saveAnswer(token, answer("extent", 5, 5, 2))).rejects.toMatchObject({ reason: "closed" });
    await db.round.update({ where: { id: roundId }, data: { status: "DRAFT" } });
    await expect(saveAnswer(token, answer("extent", 5, 5, 3))).rejects.toMatchObject({ reason: "not-open" });
    expect(await stored()).toMatchObject([{ currentLevel: 2, revision: 1 }]);
  });

  it("refuses a save that races a close: once the close commits, nothing more is written", async () => {
    const closer = new pg.Client({ connectionString: databaseUrl });
    await closer.connect();
    try {
      await closer.query("BEGIN");
      await closer.query(`UPDATE "Round" SET status = 'CLOSED' WHERE id = $1`, [roundId]);
      const save = saveAnswer(token, answer("extent", 2, 4, 1)).then(
        (outcome) => ({ outcome }),
        (error: unknown) => ({ error }),
      );
      // Commit the close once the save is under way: either waiting for the close (right) or done
      // already, having read the round as still open (the race this test is about).
      let settled = false;
      void save.then(() => (settled = true));
      await expect.poll(async () => settled || (await waitingOnLocks(closer)) > 0, { timeout: 5_000 }).toBe(true);
      await closer.query("COMMIT");
      expect(await save).toMatchObject({ error: { reason: "closed" } });
      expect(await stored()).toEqual([]);
    } finally {
      await closer.end();
    }
  });

  it("refuses wrong and withdrawn links", async () => {
    await expect(saveAnswer("x".repeat(43), answer("extent", 2, 4, 1))).rejects.toBeInstanceOf(QuestionnaireUnavailable);
    await expect(saveAnswer("short", answer("extent", 2, 4, 1))).rejects.toMatchObject({ reason: "invalid" });
    await db.participant.update({ where: { id: participantId }, data: { revokedAt: new Date() } });
    await expect(saveAnswer(token, answer("extent", 2, 4, 1))).rejects.toMatchObject({ reason: "revoked" });
    expect(await stored()).toEqual([]);
  });

  it.each([
    ["a level beyond MPEM's five", { ...answer("extent", 6, 6, 1) }, "currentLevel"],
    ["a level below 1", { ...answer("extent", 0, 4, 1) }, "currentLevel"],
    ["a level and don't know together", { ...answer("extent", 2, 4, 1), currentDontKnow: true }, "currentLevel"],
    ["a target below today without a comment", answer("extent", 4, 2, 1), "comment"],
    ["a comment over 2,000 characters", answer("extent", 2, 4, 1, { comment: "x".repeat(2001) }), "comment"],
    ["an evidence link that is not a web address", answer("extent", 2, 4, 1, { evidenceUrl: "javascript:alert(1)" }), "evidenceUrl"],
    ["an unknown dimension", answer("not-a-dimension", 2, 4, 1), "dimensionId"],
  ])("rejects %s with a field message", async (_label, input, field) => {
    const error = await saveAnswer(token, input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    expect(await stored()).toEqual([]);
  });

  it("accepts a target below today when a comment says why", async () => {
    await expect(saveAnswer(token, answer("extent", 4, 2, 1, { comment: "We are scaling back email campaigns." }))).resolves.toMatchObject({ status: "saved" });
  });
});

describe("a participant's link", () => {
  it("opens only that participant's own answers", async () => {
    const other = await createParticipant(db, roundId, { displayName: "Noah" });
    await saveAnswer(other.token, answer("extent", 5, 5, 1));
    await saveAnswer(token, answer("scope", 1, 3, 1));
    const mine = await openQuestionnaire(token);
    expect(mine.participant.displayName).toBe("Mia");
    expect(mine.answers.map((saved) => saved.dimensionId)).toEqual(["scope"]);
  });

  it("submits, and answers stay editable until the round closes", async () => {
    await saveAnswer(token, answer("extent", 2, 3, 1));
    await submitQuestionnaire(token);
    await expect(saveAnswer(token, answer("extent", 3, 4, 2))).resolves.toMatchObject({ status: "saved" });
    expect((await openQuestionnaire(token)).participant.submittedAt).not.toBeNull();
  });

  it("reads back only the participant's own answers, as the server holds them, with the round's status", async () => {
    const other = await createParticipant(db, roundId, { displayName: "Noah" });
    await saveAnswer(other.token, answer("extent", 5, 5, 1));
    await saveAnswer(token, answer("scope", 1, 3, 1));
    await saveAnswer(token, answer("scope", 2, 3, 2, { deviceId: "second-device-00000001" }));
    await expect(readOwnAnswers(token)).resolves.toEqual({
      roundStatus: "OPEN",
      answers: [expect.objectContaining({ dimensionId: "scope", currentLevel: 2, targetLevel: 3, revision: 2 })],
    });
    await db.participant.update({ where: { id: participantId }, data: { revokedAt: new Date() } });
    await expect(readOwnAnswers(token)).rejects.toMatchObject({ reason: "revoked" });
  });
});
