import { areBenchRoutesEnabled, insertBenchRow } from "@/server/bench-baseline";

export async function POST(request: Request) {
  if (!areBenchRoutesEnabled()) return new Response("Not found", { status: 404 });
  await insertBenchRow(await request.text());
  return Response.json({ ok: true });
}
