import { downloadReport } from "@/features/reports/report-downloads";
import { defineRoute } from "@/server/actions/define-route";

// The report pack of a round: /report/pdf, /pptx, /xlsx, /csv-answers, /csv-dimensions.
export const GET = defineRoute<{ slug: string; roundId: string; format: string }>({
  name: "report.download",
  access: { workspace: "report.download" },
  handler: async ({ request, params, actor, access }) => downloadReport({ request, actor, access: access!, slug: params.slug, roundId: params.roundId, format: params.format }),
});
