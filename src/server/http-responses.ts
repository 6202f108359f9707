import "server-only";

import { isDatabaseUnavailable } from "./database-unavailable";
import { ValidationError } from "./errors";
import { logger } from "./logger";
import { QuestionnaireUnavailable } from "./questionnaire";

const noStore = { "Cache-Control": "no-store" };

/** Seconds a client should wait before retrying while the database is unreachable. */
const RETRY_AFTER_SECONDS = 5;

export const MAX_BODY_BYTES = 32 * 1024;

/** The body is over MAX_BODY_BYTES, whether it said so in Content-Length or not. */
export class RequestTooLarge extends Error {
  constructor(limit = MAX_BODY_BYTES) {
    super(`The request is too large: at most ${limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MB` : `${limit / 1024} KB`} is accepted.`);
    this.name = "RequestTooLarge";
  }
}

/** JSON error bodies for the participant endpoints: always a message a person can read. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ValidationError) {
    return Response.json({ message: error.message, fieldErrors: error.fieldErrors }, { status: 422, headers: noStore });
  }
  if (error instanceof RequestTooLarge) {
    return Response.json({ message: error.message }, { status: 413, headers: noStore });
  }
  if (error instanceof QuestionnaireUnavailable) {
    return Response.json({ message: error.message, reason: error.reason }, { status: error.httpStatus, headers: noStore });
  }
  if (isDatabaseUnavailable(error)) {
    // Not a bug: the database is down or restarting. 503 + Retry-After tells browsers and load
    // balancers to try again; the questionnaire keeps the answer on the device meanwhile.
    logger.warn({ err: error }, "participant endpoint: database unavailable");
    return Response.json(
      { message: "The service is briefly unavailable. Your answer is kept on this device and will be sent again." },
      { status: 503, headers: { ...noStore, "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  logger.error({ err: error }, "participant endpoint failed");
  return Response.json({ message: "Something went wrong on our side. Your answer is kept and will be sent again." }, { status: 500, headers: noStore });
}

/**
 * Reads the body as a stream and stops at MAX_BODY_BYTES. Content-Length alone is not enough: a
 * chunked request has none, and a lying one is not believed.
 */
async function readTextWithinLimit(request: Request, limit: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw new RequestTooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new RequestTooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ValidationError("The request body must be JSON.");
  }
}

/** The body as JSON, at most `limit` bytes (the participant endpoints' 32 KB unless said otherwise). */
export async function readJson(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = await readTextWithinLimit(request, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("The request body must be JSON.");
  }
}

export function jsonOk(body: unknown): Response {
  return Response.json(body, { headers: noStore });
}
