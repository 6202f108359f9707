import "server-only";

import { ValidationError } from "./errors";
import { logger } from "./logger";
import { QuestionnaireUnavailable } from "./questionnaire";

const noStore = { "Cache-Control": "no-store" };

/** JSON error bodies for the participant endpoints: always a message a person can read. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ValidationError) {
    return Response.json({ message: error.message, fieldErrors: error.fieldErrors }, { status: 422, headers: noStore });
  }
  if (error instanceof QuestionnaireUnavailable) {
    return Response.json({ message: error.message, reason: error.reason }, { status: error.httpStatus, headers: noStore });
  }
  logger.error({ err: error }, "participant endpoint failed");
  return Response.json({ message: "Something went wrong on our side. Your answer is kept and will be sent again." }, { status: 500, headers: noStore });
}

export async function readJson(request: Request): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > 32_768) throw new ValidationError("The request is too large.");
  try {
    return await request.json();
  } catch {
    throw new ValidationError("The request body must be JSON.");
  }
}

export function jsonOk(body: unknown): Response {
  return Response.json(body, { headers: noStore });
}
