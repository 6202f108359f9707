import { defineRoute } from "@/server/actions/define-route";
import { jsonOk } from "@/server/http-responses";
import { requireWatchableRound, workshopErrorResponse } from "@/server/workshop/http";
import { readFacilitatorView } from "@/server/workshop/views";

export const dynamic = "force-dynamic";

// The presenter's view as JSON: what the page polls when its event stream cannot be opened.
export const GET = defineRoute<{ slug: string; roundId: string }>({
  name: "workshop.presenter-state",
  access: { workspace: "round.read" },
  mapError: workshopErrorResponse,
  handler: async ({ params }) => jsonOk(await readFacilitatorView(await requireWatchableRound(params.slug, params.roundId))),
});
