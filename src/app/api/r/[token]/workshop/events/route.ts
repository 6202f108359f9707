import { findAttendee } from "@/server/workshop/attendee";
import { openWorkshopStream } from "@/server/workshop/feed";
import { workshopErrorResponse } from "@/server/workshop/http";

export const dynamic = "force-dynamic";

// An attendee's live feed: the dimension on screen and the phase; counts only until the reveal.
export async function GET(request: Request, { params }: RouteContext<"/api/r/[token]/workshop/events">) {
  try {
    const { token } = await params;
    const attendee = await findAttendee(token);
    return await openWorkshopStream(request, attendee.roundId, "attendee");
  } catch (error) {
    return workshopErrorResponse(error);
  }
}
