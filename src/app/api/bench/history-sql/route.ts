import { mpem } from "@/domain/frameworks/mpem";
import { areBenchRoutesEnabled } from "@/server/bench-baseline";
import { portfolioBySql, trendBySql } from "@/server/bench-history-baseline";

// Baseline for bench/history.bench.ts (404 unless MPEM_BENCH_ROUTES=1): ?kind=portfolio&workspaceId=…
// or ?kind=trend&organizationId=…, with &source=answers (default) or published.
export async function GET(request: Request) {
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
}
