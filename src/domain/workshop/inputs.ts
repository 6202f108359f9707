import { z } from "zod";

import { requiredTextField, textField } from "../text-fields";

// Inputs of the live workshop. Levels are checked against the round's framework (how many levels
// it has), so nothing here assumes five.

const MAX_TEXT = 2000;

function levelField(levelCount: number) {
  const range = `Levels run from 1 to ${levelCount}.`;
  return z.number({ error: `A level must be a number from 1 to ${levelCount}.` }).int("A level must be a whole number.").min(1, range).max(levelCount, range);
}

export function voteInput(levelCount: number) {
  const level = levelField(levelCount);
  return z
    .object({
      dimensionId: z.string().min(1).max(100),
      votingRound: z.number().int().min(1).max(1000),
      currentLevel: level.nullable(),
      currentDontKnow: z.boolean(),
      targetLevel: level.nullable(),
      targetDontKnow: z.boolean(),
      comment: textField("Comment", MAX_TEXT).transform((value) => (value === "" ? null : value)),
    })
    .refine((vote) => vote.currentLevel !== null || vote.currentDontKnow, { path: ["currentLevel"], message: "Choose today's level, or \"don't know\"." })
    .refine((vote) => vote.targetLevel !== null || vote.targetDontKnow, { path: ["targetLevel"], message: "Choose the level needed, or \"don't know\"." })
    .refine((vote) => !(vote.currentDontKnow && vote.currentLevel !== null), { path: ["currentLevel"], message: "Choose a level or \"don't know\", not both." })
    .refine((vote) => !(vote.targetDontKnow && vote.targetLevel !== null), { path: ["targetLevel"], message: "Choose a level or \"don't know\", not both." });
}
export type VoteInput = z.infer<ReturnType<typeof voteInput>>;

export function consensusInput(levelCount: number) {
  const level = z.coerce.number({ error: "Choose a level." }).pipe(levelField(levelCount));
  return z.object({
    dimensionId: z.string().min(1).max(100),
    currentLevel: level,
    targetLevel: level,
    rationale: requiredTextField("The rationale", MAX_TEXT),
    dissent: textField("Dissent", MAX_TEXT).transform((value) => (value === "" ? null : value)),
  });
}
export type ConsensusInput = z.infer<ReturnType<typeof consensusInput>>;

export const joinInput = z.object({
  displayName: requiredTextField("Your name", 80),
  group: textField("Group", 40).transform((value) => (value === "" ? null : value)),
});
export type JoinInput = z.infer<typeof joinInput>;
