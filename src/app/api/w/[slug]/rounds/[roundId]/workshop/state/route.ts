import { jsonOk } from "@/server/http-responses";
import { requireWatchableRound, workshopErrorResponse } from "@/server/workshop/http";
import { readFacilitatorView } from "@/server/workshop/views";

export const dynamic = "force-dynamic";

// The presenter's view as JSON: what the page polls when its event stream cannot be opened.
export async function GET(_request: Request, { params }: RouteContext<"/api/w/[slug]/rounds/[roundId]/workshop/state">) {
  try {
    const { slug, roundId } = await params;
    return jsonOk(await readFacilitatorView(await requireWatchableRound(slug, roundId)));
  } catch (error) {
    return workshopErrorResponse(error);
  }
}
