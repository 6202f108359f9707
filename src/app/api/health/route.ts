import { defineRoute } from "@/server/actions/define-route";
import { checkHealth } from "@/server/health";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "health",
  access: "public",
  handler: async () => {
    const report = await checkHealth();
    return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  },
});
