import { z } from "zod";

import { HIGHEST_MIN_GROUP_SIZE, LOWEST_MIN_GROUP_SIZE } from "../scoring/scoring-method";

// A round's privacy minimum: the consultant may raise it for a sensitive assessment, never lower it
// below three (with two, a reader who knows one answer, their own, can work out the other).

export const minGroupSizeInput = z.coerce
  .number({ error: "Enter a whole number." })
  .int("Enter a whole number.")
  .min(LOWEST_MIN_GROUP_SIZE, `The minimum is at least ${LOWEST_MIN_GROUP_SIZE}: below that one person's answers could be worked out.`)
  .max(HIGHEST_MIN_GROUP_SIZE, `Use at most ${HIGHEST_MIN_GROUP_SIZE}.`);
