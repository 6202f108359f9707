import { mpem } from "@/domain/frameworks/mpem";
import { defineRoute } from "@/server/actions/define-route";
import { areBenchRoutesEnabled } from "@/server/bench-baseline";
import { portfolioBySql, trendBySql } from "@/server/bench-history-baseline";

// Baseline for bench/history.bench.ts (404 unless MPEM_BENCH_ROUTES=1), behind the same wrapper as
// every route: ?kind=portfolio&workspaceId=… or ?kind=trend&organizationId=…, with &source=answers
// (the default: computed from the raw answers) or published.
export const GET = defineRoute({
  name: "bench.history-sql",
  access: "public",
  handler: async ({ request }) => {
    if (!areBenchRoutesEnabled()) return new Response("Not found", { status: 404 });
    const query = new URL(request.url).searchParams;
    const source = query.get("source") === "published" ? "published" : "answers";
    const figures =
      query.get("kind") === "trend"
        ? await trendBySql(
            query.get("organizationId") ?? "",
            mpem.dimensions.map((dimension) => dimension.id),
            mpem.dimensions.map((dimension) => dimension.categoryId),
            source,
          )
        : await portfolioBySql(query.get("workspaceId") ?? "", mpem.id, mpem.version, source);
    return Response.json(figures);
  },
});
