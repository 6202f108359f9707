import { defineRoute } from "@/server/actions/define-route";
import { areBenchRoutesEnabled } from "@/server/bench-baseline";
import { openStreamCount } from "@/server/workshop/feed";

export const dynamic = "force-dynamic";

// Bench only (MPEM_BENCH_ROUTES=1): this instance's memory after a full garbage collection (when the
// server runs with --expose-gc), and how many workshop streams it holds, for memory per stream.
export const GET = defineRoute({
  name: "bench.memory",
  access: "public",
  handler: async () => {
    if (!areBenchRoutesEnabled()) return new Response("Not found", { status: 404 });
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.(); // a second pass collects what the first one's finalizers released
    const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
    return Response.json({ heapUsed, rss, external, arrayBuffers, streams: openStreamCount(), collected: Boolean(gc) }, { headers: { "Cache-Control": "no-store" } });
  },
});
