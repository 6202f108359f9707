import { z } from "zod";

import { actionPhases, actionStatuses } from "../plan/roadmap";
import { kpiDirections } from "../plan/kpis";
import { MAX_COMMENT_LENGTH, MAX_EVIDENCE_URL_LENGTH } from "../rounds/answer-rules";
import { requiredTextField, textField } from "../text-fields";

// An organization as one JSON document: its rounds with participants and answers, the consensus
// recorded in workshops, and its plan (outcomes, kept order, roadmap, KPIs). For backup and for
// moving a client to another workspace. Versioned; records refer to each other by keys local to the
// document, never by database ids, and lists are in a canonical order, so exporting an imported
// document gives the same document again (apart from `exportedAt`).
//
// Not in the document: participants' link tokens (secrets; imported participants get new links to
// issue), audit history, and who recorded what (people of another workspace).

export const ORGANIZATION_DOCUMENT_FORMAT = "mpem-assessment/organization";
export const ORGANIZATION_DOCUMENT_VERSION = 1;

const key = z.string().regex(/^[a-z]+-\d{1,6}$/, "must be a key such as round-1");
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id").max(100);
const timestamp = z.iso.datetime({ offset: true });
const date = z.iso.date();
const level = z.number().int().min(1).max(100);

const answerSchema = z.strictObject({
  dimensionId: id,
  currentLevel: level.nullable(),
  currentDontKnow: z.boolean(),
  targetLevel: level.nullable(),
  targetDontKnow: z.boolean(),
  comment: textField("A comment", MAX_COMMENT_LENGTH).nullable(),
  evidenceUrl: z.string().max(MAX_EVIDENCE_URL_LENGTH).nullable(),
});

const participantSchema = z.strictObject({
  key,
  displayName: requiredTextField("A participant's name", 80),
  email: z.email().max(254).nullable(),
  group: textField("A group", 40).nullable(),
  withdrawn: z.boolean(),
  createdAt: timestamp,
  startedAt: timestamp.nullable(),
  submittedAt: timestamp.nullable(),
  answers: z.array(answerSchema).max(200),
});

const consensusSchema = z.strictObject({
  dimensionId: id,
  currentLevel: level.nullable(),
  targetLevel: level.nullable(),
  rationale: textField("A rationale", 4000),
  dissent: textField("A dissent", 4000).nullable(),
});

const roundSchema = z.strictObject({
  key,
  name: requiredTextField("A round's name", 80),
  frameworkId: id,
  frameworkVersion: z.string().min(1).max(40),
  status: z.enum(["DRAFT", "OPEN", "CLOSED"]),
  opensOn: date.nullable(),
  closesOn: date.nullable(),
  groups: z.array(textField("A group", 40)).max(12),
  minGroupSize: z.number().int().min(3).max(50),
  previousRoundKey: key.nullable(),
  createdAt: timestamp,
  openedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  participants: z.array(participantSchema).max(5000),
  consensus: z.array(consensusSchema).max(200),
});

const planSchema = z.strictObject({
  outcomes: z.array(z.strictObject({ frameworkId: id, outcomeId: id, weight: z.number().int().min(1).max(5) })).max(200),
  priorityOrders: z.array(z.strictObject({ frameworkId: id, dimensionIds: z.array(id).max(200) })).max(20),
  actions: z
    .array(
      z.strictObject({
        frameworkId: id,
        frameworkVersion: z.string().min(1).max(40),
        title: requiredTextField("An action", 200),
        dimensionId: id,
        targetLevel: level,
        owner: requiredTextField("An owner", 100),
        dueQuarter: z.string().regex(/^\d{4}-Q[1-4]$/),
        status: z.enum(actionStatuses),
        phase: z.enum(actionPhases),
        baselineRoundKey: key.nullable(),
        createdAt: timestamp,
      }),
    )
    .max(1000),
  kpis: z
    .array(
      z.strictObject({
        name: requiredTextField("A KPI", 120),
        catalogKey: id.nullable(),
        unit: requiredTextField("A unit", 30),
        direction: z.enum(kpiDirections),
        createdAt: timestamp,
        values: z.array(z.strictObject({ roundKey: key, value: z.number().finite() })).max(500),
      }),
    )
    .max(200),
});

export const organizationDocumentSchema = z.strictObject({
  format: z.literal(ORGANIZATION_DOCUMENT_FORMAT, { error: `This is not an organization exported from MPEM Assessment (format must be "${ORGANIZATION_DOCUMENT_FORMAT}").` }),
  version: z.literal(ORGANIZATION_DOCUMENT_VERSION, { error: `This app reads version ${ORGANIZATION_DOCUMENT_VERSION} of the export format.` }),
  exportedAt: timestamp,
  organization: z.strictObject({
    name: requiredTextField("The organization's name", 120),
    industry: textField("Industry", 80).nullable(),
    businessUnits: z.array(textField("A business unit", 80)).max(30),
    archived: z.boolean(),
  }),
  rounds: z.array(roundSchema).max(200),
  plan: planSchema,
});

export type OrganizationDocument = z.infer<typeof organizationDocumentSchema>;
export type DocumentRound = OrganizationDocument["rounds"][number];
export type DocumentParticipant = DocumentRound["participants"][number];
export type DocumentPlan = OrganizationDocument["plan"];

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts by the given keys, then by the whole record's JSON, so equal-looking records still sort the same way every time. */
export function canonicalSort<T>(items: readonly T[], ...keys: ((item: T) => string)[]): T[] {
  return [...items].sort((a, b) => {
    for (const keyOf of keys) {
      const order = compareText(keyOf(a), keyOf(b));
      if (order !== 0) return order;
    }
    return compareText(JSON.stringify(a), JSON.stringify(b));
  });
}
