import { jsonOk } from "@/server/http-responses";
import { getAttendeeState } from "@/server/workshop/attendee";
import { workshopErrorResponse } from "@/server/workshop/http";

export const dynamic = "force-dynamic";

// The attendee's view and their own vote on the dimension on screen (polled when streaming fails).
export async function GET(_request: Request, { params }: RouteContext<"/api/r/[token]/workshop">) {
  try {
    const { token } = await params;
    return jsonOk(await getAttendeeState(token));
  } catch (error) {
    return workshopErrorResponse(error);
  }
}
