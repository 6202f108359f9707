import { defineRoute } from "@/server/actions/define-route";
import { jsonOk } from "@/server/http-responses";
import { getAttendeeState } from "@/server/workshop/attendee";
import { workshopErrorResponse } from "@/server/workshop/http";

export const dynamic = "force-dynamic";

// The attendee's view and their own vote on the dimension on screen (polled when streaming fails).
export const GET = defineRoute<{ token: string }>({
  name: "workshop.attendee-state",
  access: "participant-link",
  mapError: workshopErrorResponse,
  handler: async ({ params }) => jsonOk(await getAttendeeState(params.token)),
});
