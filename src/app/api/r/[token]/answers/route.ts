import { errorResponse, jsonOk, readJson } from "@/server/http-responses";
import { readOwnAnswers, saveAnswer } from "@/server/questionnaire";

// The participant's own answers: GET what the server holds (a second device refreshes from it),
// POST one dimension's answer. Saves are idempotent: retries and duplicates are safe, and an older
// edit from a device never overwrites a newer one from the same device.
export async function GET(_request: Request, { params }: RouteContext<"/api/r/[token]/answers">) {
  try {
    const { token } = await params;
    return jsonOk(await readOwnAnswers(token));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: RouteContext<"/api/r/[token]/answers">) {
  try {
    const { token } = await params;
    return jsonOk(await saveAnswer(token, await readJson(request)));
  } catch (error) {
    return errorResponse(error);
  }
}
