import { defineRoute } from "@/server/actions/define-route";
import { jsonOk } from "@/server/http-responses";
import { submitQuestionnaire } from "@/server/questionnaire";

export const POST = defineRoute<{ token: string }>({
  name: "participant.submit",
  access: "participant-link",
  handler: async ({ params }) => jsonOk(await submitQuestionnaire(params.token)),
});
