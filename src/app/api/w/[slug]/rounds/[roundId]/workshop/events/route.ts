import { defineRoute } from "@/server/actions/define-route";
import { openWorkshopStream } from "@/server/workshop/feed";
import { requireWatchableRound, workshopErrorResponse } from "@/server/workshop/http";

export const dynamic = "force-dynamic";

// The presenter's live feed (server-sent events): counts while voting, the distribution once revealed.
export const GET = defineRoute<{ slug: string; roundId: string }>({
  name: "workshop.presenter-stream",
  access: { workspace: "round.read" },
  mapError: workshopErrorResponse,
  handler: async ({ request, params }) => openWorkshopStream(request, await requireWatchableRound(params.slug, params.roundId), "facilitator"),
});
