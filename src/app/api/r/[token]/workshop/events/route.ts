import { defineRoute } from "@/server/actions/define-route";
import { findAttendee } from "@/server/workshop/attendee";
import { openWorkshopStream } from "@/server/workshop/feed";
import { workshopErrorResponse } from "@/server/workshop/http";

export const dynamic = "force-dynamic";

// An attendee's live feed: the dimension on screen and the phase; counts only until the reveal.
export const GET = defineRoute<{ token: string }>({
  name: "workshop.attendee-stream",
  access: "participant-link",
  mapError: workshopErrorResponse,
  handler: async ({ request, params }) => openWorkshopStream(request, (await findAttendee(params.token)).roundId, "attendee"),
});
