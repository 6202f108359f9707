import { z } from "zod";

import { requiredTextField, textField as text } from "../text-fields";
import { needsReason } from "./answer-rules";

export { isAnswered, needsReason } from "./answer-rules";

// Input rules for rounds, participants and answers: the forms and the save endpoint report these
// messages, and the data layer re-validates with the same schemas.

const optionalDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .trim()
    .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))), `${label} must be a date such as 2027-01-31.`)
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

const level = z.number({ error: "A level must be a number from 1 to 5." }).int("A level must be a whole number.").min(1, "Levels run from 1 to 5.").max(5, "Levels run from 1 to 5.");

export const MAX_COMMENT_LENGTH = 2000;

export const answerInput = z
  .object({
    dimensionId: z.string().min(1).max(100),
    currentLevel: level.nullable(),
    currentDontKnow: z.boolean(),
    targetLevel: level.nullable(),
    targetDontKnow: z.boolean(),
    comment: text("Comment", MAX_COMMENT_LENGTH).transform((value) => (value === "" ? null : value)),
    evidenceUrl: z
      .string()
      .trim()
      .max(2000, "The evidence link must be at most 2,000 characters.")
      .refine((value) => {
        if (value === "") return true;
        try {
          const url = new URL(value);
          return url.protocol === "https:" || url.protocol === "http:";
        } catch {
          return false;
        }
      }, "The evidence link must be a web address starting with https:// or http://.")
      .transform((value) => (value === "" ? null : value)),
    revision: z.number().int().min(1).max(2_147_483_647),
  })
  .refine((answer) => !(answer.currentDontKnow && answer.currentLevel !== null), { path: ["currentLevel"], message: "Choose a level or \"don't know\", not both." })
  .refine((answer) => !(answer.targetDontKnow && answer.targetLevel !== null), { path: ["targetLevel"], message: "Choose a level or \"don't know\", not both." })
  .refine((answer) => !needsReason(answer), {
    path: ["comment"],
    message: "The target is below today's level: add a comment saying why.",
  });
export type AnswerInput = z.infer<typeof answerInput>;
