import { defineRoute } from "@/server/actions/define-route";
import { areBenchRoutesEnabled, insertBenchRow } from "@/server/bench-baseline";

// The benchmark's baseline: one INSERT behind the same wrapper as the routes it is compared with.
export const POST = defineRoute({
  name: "bench.insert",
  access: "public",
  handler: async ({ request }) => {
    if (!areBenchRoutesEnabled()) return new Response("Not found", { status: 404 });
    await insertBenchRow(await request.text());
    return Response.json({ ok: true });
  },
});
