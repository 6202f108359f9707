import "server-only";

import type { Framework } from "@/domain/framework/framework-schema";
import { answerInput, levelScaleProblem } from "@/domain/rounds/inputs";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";

import { resolveFramework } from "./frameworks";
import { hashParticipantToken, looksLikeParticipantToken } from "./participant-tokens";
import { parseOrThrow } from "./validation";

// The participant's side: the invite link is the only key, and it opens that participant's own
// answers and nothing else.

export type UnavailableReason = "invalid" | "revoked" | "not-open" | "closed";

export class QuestionnaireUnavailable extends Error {
  constructor(readonly reason: UnavailableReason) {
    super(unavailableMessage(reason));
    this.name = "QuestionnaireUnavailable";
  }

  get httpStatus(): number {
    return this.reason === "invalid" ? 404 : this.reason === "revoked" ? 403 : 409;
  }
}

export function unavailableMessage(reason: UnavailableReason): string {
  switch (reason) {
    case "invalid":
      return "This link does not open a questionnaire. Check that you copied all of it, or ask the facilitator for a new one.";
    case "revoked":
      return "This link has been withdrawn. Ask the facilitator for a new one.";
    case "not-open":
      return "This round has not opened yet. Your facilitator will tell you when it does.";
    case "closed":
      return "This round is closed. Answers can no longer be changed.";
  }
}

export type SavedAnswer = {
  dimensionId: string;
  currentLevel: number | null;
  currentDontKnow: boolean;
  targetLevel: number | null;
  targetDontKnow: boolean;
  comment: string | null;
  evidenceUrl: string | null;
  revision: number;
};

const savedAnswerSelect = {
  dimensionId: true,
  currentLevel: true,
  currentDontKnow: true,
  targetLevel: true,
  targetDontKnow: true,
  comment: true,
  evidenceUrl: true,
  revision: true,
} satisfies Prisma.ResponseSelect;

export type Questionnaire = {
  participant: { displayName: string; group: string | null; submittedAt: Date | null };
  round: { name: string; status: "DRAFT" | "OPEN" | "CLOSED"; organizationName: string };
  /** The round's own framework (built-in or imported by its workspace), by id and version. */
  framework: Framework;
  answers: SavedAnswer[];
};

type ParticipantLookup = { id: string; revokedAt: Date | null; roundId: string; status: "DRAFT" | "OPEN" | "CLOSED" };

async function findByToken(token: unknown): Promise<ParticipantLookup> {
  if (!looksLikeParticipantToken(token)) throw new QuestionnaireUnavailable("invalid");
  const [row] = await getDb().$queryRaw<ParticipantLookup[]>`
    SELECT p.id, p."revokedAt", p."roundId", r.status::text AS status
    FROM "Participant" p JOIN "Round" r ON r.id = p."roundId"
    WHERE p."tokenHash" = ${hashParticipantToken(token)}`;
  if (!row) throw new QuestionnaireUnavailable("invalid");
  if (row.revokedAt) throw new QuestionnaireUnavailable("revoked");
  return row;
}

/** Everything the questionnaire page needs. A closed round still opens, read-only. */
export async function openQuestionnaire(token: unknown): Promise<Questionnaire> {
  const lookup = await findByToken(token);
  const participant = await getDb().participant.findUniqueOrThrow({
    where: { id: lookup.id },
    select: {
      displayName: true,
      group: true,
      submittedAt: true,
      round: { select: { name: true, status: true, frameworkId: true, frameworkVersion: true, organization: { select: { name: true, workspaceId: true } } } },
      responses: { select: savedAnswerSelect },
    },
  });
  const { round } = participant;
  return {
    participant: { displayName: participant.displayName, group: participant.group, submittedAt: participant.submittedAt },
    round: { name: round.name, status: round.status, organizationName: round.organization.name },
    framework: await resolveFramework(round.organization.workspaceId, round.frameworkId, round.frameworkVersion),
    answers: participant.responses,
  };
}

function requireOpen(lookup: ParticipantLookup) {
  if (lookup.status === "DRAFT") throw new QuestionnaireUnavailable("not-open");
  if (lookup.status === "CLOSED") throw new QuestionnaireUnavailable("closed");
}

/**
 * "saved": this write was applied. "stale": the server had already applied this edit or a newer one
 * from the same device (a duplicate or a late retry), so nothing changed. Either way `answer` is
 * what the server holds now, which may be another device's newer edit: the browser shows it.
 */
export type SaveOutcome = { status: "saved" | "stale"; answer: SavedAnswer };

/**
 * Devices remembered per answer. A participant rarely uses more than two or three; the cap keeps a
 * script that invents device ids from growing the row without bound. A device pushed out (the
 * least recently active) is treated as new if it ever sends again.
 */
const MAX_DEVICES_PER_ANSWER = 16;

type SaveRow = {
  participantId: string | null;
  revokedAt: Date | null;
  status: string | null;
  /** The round's framework scale and whether it has this dimension (stored on the round when it was created). */
  levelCount: number | null;
  knownDimension: boolean | null;
  applied: SavedAnswer | null;
  stored: SavedAnswer | null;
};

/**
 * One idempotent upsert keyed by (participant, dimension), in a single statement that also finds the
 * participant by their link and checks the round is open at the moment of writing: FOR SHARE on the
 * round and participant rows makes a concurrent close (or link withdrawal) wait for this save to
 * commit, and makes this save wait for a close in progress and then see CLOSED. Shared locks do
 * not block each other, so saves still run side by side.
 *
 * A write is applied unless the stored answer already holds the same or a newer revision from the
 * same device; between devices, the write the server receives last wins. Each applied write adds
 * one to the server's own `revision`.
 *
 * The answer is checked against the round's own framework in the same statement: the dimension must
 * be one of the round's `dimensionIds`, and each level on its scale of 1..`levelCount` (Response's
 * CHECK holds the same bound for any other writer; the guard here turns it into a clear 422).
 */
export async function saveAnswer(token: unknown, input: unknown): Promise<SaveOutcome> {
  if (!looksLikeParticipantToken(token)) throw new QuestionnaireUnavailable("invalid");
  const answer = parseOrThrow(answerInput, input);
  const keepEvidence = answer.evidenceUrl === undefined;
  const [row] = await getDb().$queryRaw<SaveRow[]>`
    WITH participant AS (
      SELECT p.id, p."roundId", p."revokedAt", r.status::text AS status, r."levelCount",
             ${answer.dimensionId}::text = ANY(r."dimensionIds") AS "knownDimension"
      FROM "Participant" p JOIN "Round" r ON r.id = p."roundId"
      WHERE p."tokenHash" = ${hashParticipantToken(token)}
      -- The round is shared by every participant's saves; a close waits for them and later saves see
      -- CLOSED. The participant row is taken exclusively: this statement may update it (startedAt),
      -- and two saves of one person each holding a share lock while waiting to update would deadlock.
      FOR NO KEY UPDATE OF p FOR SHARE OF r
    ), upserted AS (
      INSERT INTO "Response" (id, "participantId", "roundId", "levelCount", "dimensionId", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment, "evidenceUrl", revision, "deviceRevisions", "updatedAt")
      SELECT gen_random_uuid()::text, participant.id, participant."roundId", participant."levelCount", ${answer.dimensionId}::text, ${answer.currentLevel}::int, ${answer.currentDontKnow}::boolean,
             ${answer.targetLevel}::int, ${answer.targetDontKnow}::boolean, ${answer.comment}::text, ${answer.evidenceUrl ?? null}::text, 1,
             jsonb_build_object(${answer.deviceId}::text, ${answer.deviceRevision}::bigint), now()
      FROM participant
      WHERE participant."revokedAt" IS NULL AND participant.status = 'OPEN' AND participant."knownDimension"
        AND COALESCE(${answer.currentLevel}::int, 1) <= participant."levelCount" AND COALESCE(${answer.targetLevel}::int, 1) <= participant."levelCount"
      ON CONFLICT ("participantId", "dimensionId") DO UPDATE SET
        "currentLevel" = EXCLUDED."currentLevel", "currentDontKnow" = EXCLUDED."currentDontKnow",
        "targetLevel" = EXCLUDED."targetLevel", "targetDontKnow" = EXCLUDED."targetDontKnow",
        comment = EXCLUDED.comment,
        "evidenceUrl" = CASE WHEN ${keepEvidence}::boolean THEN "Response"."evidenceUrl" ELSE EXCLUDED."evidenceUrl" END,
        revision = "Response".revision + 1,
        "deviceRevisions" = CASE
          WHEN "Response"."deviceRevisions" ? ${answer.deviceId}::text
            OR (SELECT count(*) FROM jsonb_object_keys("Response"."deviceRevisions")) < ${MAX_DEVICES_PER_ANSWER}
          THEN "Response"."deviceRevisions" || EXCLUDED."deviceRevisions"
          ELSE (SELECT jsonb_object_agg(key, value) FROM (
                  SELECT key, value FROM jsonb_each("Response"."deviceRevisions" || EXCLUDED."deviceRevisions")
                  ORDER BY (value #>> '{}')::bigint DESC LIMIT ${MAX_DEVICES_PER_ANSWER}) AS newest)
        END,
        "updatedAt" = now()
      WHERE COALESCE(("Response"."deviceRevisions" ->> ${answer.deviceId}::text)::bigint, 0) < ${answer.deviceRevision}::bigint
      RETURNING "dimensionId", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment, "evidenceUrl", revision
    ), started AS (
      UPDATE "Participant" SET "startedAt" = now()
      WHERE id = (SELECT id FROM participant) AND "startedAt" IS NULL AND EXISTS (SELECT 1 FROM upserted)
    )
    SELECT participant.id AS "participantId", participant."revokedAt", participant.status, participant."levelCount", participant."knownDimension",
           (SELECT row_to_json(upserted) FROM upserted) AS applied,
           CASE WHEN EXISTS (SELECT 1 FROM upserted) THEN NULL ELSE (SELECT row_to_json(held) FROM (
              SELECT "dimensionId", "currentLevel", "currentDontKnow", "targetLevel", "targetDontKnow", comment, "evidenceUrl", revision
              FROM "Response" r WHERE r."participantId" = participant.id AND r."dimensionId" = ${answer.dimensionId}) AS held) END AS stored
    FROM (SELECT 1) AS always LEFT JOIN participant ON true`;
  if (!row?.participantId) throw new QuestionnaireUnavailable("invalid");
  if (row.revokedAt) throw new QuestionnaireUnavailable("revoked");
  if (row.status === "DRAFT") throw new QuestionnaireUnavailable("not-open");
  if (row.status !== "OPEN") throw new QuestionnaireUnavailable("closed");
  if (!row.knownDimension) throw new ValidationError("This dimension is not part of this round's framework.", { dimensionId: ["This dimension is not part of this round's framework."] });
  const scaleProblem = levelScaleProblem(answer, row.levelCount!);
  if (scaleProblem) throw new ValidationError(scaleProblem.message, { [scaleProblem.field]: [scaleProblem.message] });
  if (row.applied) return { status: "saved", answer: row.applied };
  // Not applied, so a row exists: an earlier write from this device made it.
  return { status: "stale", answer: row.stored! };
}

export type OwnAnswers = { roundStatus: "DRAFT" | "OPEN" | "CLOSED"; answers: SavedAnswer[] };

/** The participant's own answers as the server holds them now: what a second device refreshes from. */
export async function readOwnAnswers(token: unknown): Promise<OwnAnswers> {
  const lookup = await findByToken(token);
  const answers = await getDb().response.findMany({
    where: { participantId: lookup.id },
    select: savedAnswerSelect,
    orderBy: { dimensionId: "asc" },
  });
  return { roundStatus: lookup.status, answers };
}

/** Marks the questionnaire as submitted; answers stay editable until the round closes. */
export async function submitQuestionnaire(token: unknown): Promise<{ submittedAt: Date }> {
  const lookup = await findByToken(token);
  requireOpen(lookup);
  const { submittedAt } = await getDb().participant.update({ where: { id: lookup.id }, data: { submittedAt: new Date() }, select: { submittedAt: true } });
  return { submittedAt: submittedAt! };
}
