import { jsonOk, readJson } from "@/server/http-responses";
import { castVote } from "@/server/workshop/attendee";
import { workshopErrorResponse } from "@/server/workshop/http";

// Casts or changes the attendee's blind vote on the dimension on screen; answers with their own vote only.
export async function POST(request: Request, { params }: RouteContext<"/api/r/[token]/workshop/votes">) {
  try {
    const { token } = await params;
    return jsonOk({ status: "saved", vote: await castVote(token, await readJson(request)) });
  } catch (error) {
    return workshopErrorResponse(error);
  }
}
