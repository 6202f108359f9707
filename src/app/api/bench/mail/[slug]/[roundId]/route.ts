import { defineRoute } from "@/server/actions/define-route";
import { areBenchRoutesEnabled } from "@/server/bench-baseline";
import { sendParticipantLinks } from "@/server/mail/round-mail";

// Bench only (MPEM_BENCH_ROUTES=1, bench/mail.bench.ts): "send everyone not yet e-mailed their link",
// the same data function the round page's form calls, as a route a script can time.
export const POST = defineRoute<{ slug: string; roundId: string }>({
  name: "bench.mail-send",
  access: { workspace: "round.manage" },
  handler: async ({ actor, params }) => {
    if (!areBenchRoutesEnabled()) return new Response("Not found", { status: 404 });
    const outcome = await sendParticipantLinks(actor, params.slug, params.roundId, { scope: "unsent", note: "" });
    return Response.json(outcome);
  },
});
