import { defineRoute } from "@/server/actions/define-route";
import { jsonOk, readJson } from "@/server/http-responses";
import { castVote } from "@/server/workshop/attendee";
import { workshopErrorResponse } from "@/server/workshop/http";

// Casts or changes the attendee's blind vote on the dimension on screen; answers with their own vote only.
export const POST = defineRoute<{ token: string }>({
  name: "workshop.vote",
  access: "participant-link",
  mapError: workshopErrorResponse,
  handler: async ({ request, params }) => jsonOk({ status: "saved", vote: await castVote(params.token, await readJson(request)) }),
});
