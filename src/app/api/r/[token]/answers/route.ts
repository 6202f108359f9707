import { defineRoute } from "@/server/actions/define-route";
import { jsonOk, readJson } from "@/server/http-responses";
import { readOwnAnswers, saveAnswer } from "@/server/questionnaire";

// The participant's own answers: GET what the server holds (a second device refreshes from it),
// POST one dimension's answer. Saves are idempotent: retries and duplicates are safe, and an older
// edit from a device never overwrites a newer one from the same device.
export const GET = defineRoute<{ token: string }>({
  name: "participant.read-answers",
  access: "participant-link",
  handler: async ({ params }) => jsonOk(await readOwnAnswers(params.token)),
});

export const POST = defineRoute<{ token: string }>({
  name: "participant.save-answer",
  access: "participant-link",
  handler: async ({ request, params }) => jsonOk(await saveAnswer(params.token, await readJson(request))),
});
