import "server-only";

import { getActor } from "@/server/auth/session";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { errorResponse } from "@/server/http-responses";
import { requireRound } from "@/server/rounds";

import { VoteRefused } from "./attendee";

const noStore = { "Cache-Control": "no-store" };

/** JSON errors for the workshop's endpoints; anything else goes to the participant endpoints' mapping. */
export function workshopErrorResponse(error: unknown): Response {
  if (error instanceof VoteRefused) return Response.json({ message: error.message, reason: "not-now" }, { status: 409, headers: noStore });
  if (error instanceof UnauthenticatedError) return Response.json({ message: error.message }, { status: 401, headers: noStore });
  if (error instanceof NotFoundError || error instanceof ForbiddenError) return Response.json({ message: "Not found." }, { status: 404, headers: noStore });
  if (error instanceof ValidationError) return Response.json({ message: error.message, fieldErrors: error.fieldErrors }, { status: 422, headers: noStore });
  return errorResponse(error);
}

/** The round a signed-in reader may watch: the facilitator's stream and state need round.read. */
export async function requireWatchableRound(slug: string, roundId: string): Promise<string> {
  return (await requireRound(await getActor(), slug, roundId, "round.read")).round.id;
}
