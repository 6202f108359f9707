import { openWorkshopStream } from "@/server/workshop/feed";
import { requireWatchableRound, workshopErrorResponse } from "@/server/workshop/http";

export const dynamic = "force-dynamic";

// The presenter's live feed (server-sent events): counts while voting, the distribution once revealed.
export async function GET(request: Request, { params }: RouteContext<"/api/w/[slug]/rounds/[roundId]/workshop/events">) {
  try {
    const { slug, roundId } = await params;
    return await openWorkshopStream(request, await requireWatchableRound(slug, roundId), "facilitator");
  } catch (error) {
    return workshopErrorResponse(error);
  }
}
