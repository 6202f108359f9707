import { exportOrganizationFile } from "@/features/reports/organization-transfer";
import { defineRoute } from "@/server/actions/define-route";

// The whole organization as a versioned JSON document (backup, or moving it to another workspace).
export const GET = defineRoute<{ slug: string; organizationId: string }>({
  name: "organization.export",
  access: { workspace: "organization.export" },
  handler: async ({ request, params, actor }) => exportOrganizationFile({ request, actor, slug: params.slug, organizationId: params.organizationId }),
});
