import { z } from "zod";

import { requiredTextField, textField as text } from "../text-fields";
import { evidenceUrlProblem, MAX_COMMENT_LENGTH, MAX_LEVEL, needsReason, REASON_NEEDED_MESSAGE } from "./answer-rules";

export { evidenceUrlProblem, isAnswered, levelScaleProblem, needsReason } from "./answer-rules";

// Input rules for rounds, participants and answers: the forms and the save endpoint report these
// messages, and the data layer re-validates with the same schemas.

// zod's ISO date knows month lengths and leap years; Date.parse would roll 2027-02-30 over to March.
const calendarDate = z.iso.date();

const optionalDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .trim()
    .superRefine((value, context) => {
      if (value === "" || calendarDate.safeParse(value).success) return;
      const message = /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${label} must be a real date such as 2027-01-31: ${value} does not exist.`
        : `${label} must be a date such as 2027-01-31.`;
      context.addIssue({ code: "custom", message });
    })
    .transform((value) => (value === "" ? null : value));

export const roundInput = z
  .object({
    name: requiredTextField("Name", 80),
    opensOn: optionalDate("Opening date"),
    closesOn: optionalDate("Closing date"),
    groups: z
      .array(text("A group", 40))
      .max(12, "List at most 12 participant groups.")
      .transform((groups) => [...new Set(groups.filter(Boolean))]),
    /** "id@version" of the framework to run on (see framework-versions.ts); left out: the default framework. */
    framework: z.string({ error: "Choose a framework from the list." }).trim().max(300, "Choose a framework from the list.").optional(),
  })
  .refine((round) => !round.opensOn || !round.closesOn || round.closesOn >= round.opensOn, {
    path: ["closesOn"],
    message: "The closing date must not be before the opening date.",
  });
export type RoundInput = z.infer<typeof roundInput>;

export const participantInput = z.object({
  displayName: requiredTextField("Name", 80),
  email: text("E-mail", 254)
    .pipe(z.union([z.literal(""), z.email("Enter a valid e-mail address, or leave it empty.")]))
    .transform((value) => (value === "" ? null : value.toLowerCase())),
  group: text("Group", 40).transform((value) => (value === "" ? null : value)),
});
export type ParticipantInput = z.infer<typeof participantInput>;

// How many levels there are depends on the round's framework, which only the save statement knows:
// it refuses a level beyond the round's scale with a message naming it. Here only the shape.
const level = z
  .number({ error: "A level must be a whole number from 1 up." })
  .int("A level must be a whole number from 1 up.")
  .min(1, "Levels start at 1.")
  .max(MAX_LEVEL, "A level must be a whole number from 1 up to the framework's top level.");

export { MAX_COMMENT_LENGTH };

/** Device ids are random strings the browser makes up (see the questionnaire's device clock). */
const deviceId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "The device id must be 16 to 64 letters, digits, - or _.");

/** Pages loaded before device ids existed send { revision } alone; their edits count as one device's. */
export const LEGACY_DEVICE_ID = "legacy-client-revision";

export const answerInput = z
  .object({
    dimensionId: z.string().min(1).max(100),
    currentLevel: level.nullable(),
    currentDontKnow: z.boolean(),
    targetLevel: level.nullable(),
    targetDontKnow: z.boolean(),
    comment: text("Comment", MAX_COMMENT_LENGTH).transform((value) => (value === "" ? null : value)),
    // Left out: keep the link the server holds. The browser leaves out a link it knows is invalid,
    // so the rest of the answer is saved while the participant fixes it.
    evidenceUrl: z
      .string({ error: "The evidence link must be text." })
      .superRefine((value, context) => {
        const problem = evidenceUrlProblem(value);
        if (problem) context.addIssue({ code: "custom", message: problem });
      })
      .transform((value) => value.trim() || null)
      .optional(),
    deviceId: deviceId.optional(),
    // Increases with every edit on that device; a timestamp-like number, hence the wide range.
    deviceRevision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    revision: z.number().int().min(1).max(2_147_483_647).optional(),
  })
  .refine((answer) => !(answer.currentDontKnow && answer.currentLevel !== null), { path: ["currentLevel"], message: "Choose a level or \"don't know\", not both." })
  .refine((answer) => !(answer.targetDontKnow && answer.targetLevel !== null), { path: ["targetLevel"], message: "Choose a level or \"don't know\", not both." })
  .refine((answer) => !needsReason(answer), { path: ["comment"], message: REASON_NEEDED_MESSAGE })
  .refine((answer) => (answer.deviceId === undefined ? answer.revision !== undefined : answer.deviceRevision !== undefined), {
    path: ["deviceRevision"],
    message: "A save must say which edit of which device it is (deviceId and deviceRevision).",
  })
  .transform(({ deviceId: device, deviceRevision, revision, ...answer }) => ({
    ...answer,
    deviceId: device ?? LEGACY_DEVICE_ID,
    deviceRevision: device === undefined ? revision! : deviceRevision!,
  }));
export type AnswerInput = z.infer<typeof answerInput>;
