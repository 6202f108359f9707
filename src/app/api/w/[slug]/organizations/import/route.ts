import { importOrganizationFile } from "@/features/reports/organization-transfer";
import { defineRoute } from "@/server/actions/define-route";

// Creates an organization from an exported JSON document; answers with where it now lives.
export const POST = defineRoute<{ slug: string }>({
  name: "organization.import",
  access: { workspace: "organization.create" },
  handler: async ({ request, params, actor }) => importOrganizationFile({ request, actor, slug: params.slug }),
});
