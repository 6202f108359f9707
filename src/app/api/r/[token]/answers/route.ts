import { errorResponse, jsonOk, readJson } from "@/server/http-responses";
import { saveAnswer } from "@/server/questionnaire";

// Saves one dimension's answer for the participant whose link this is. Idempotent: retries and
// duplicates are safe, and an older revision never overwrites a newer one.
export async function POST(request: Request, { params }: RouteContext<"/api/r/[token]/answers">) {
  try {
    const { token } = await params;
    return jsonOk(await saveAnswer(token, await readJson(request)));
  } catch (error) {
    return errorResponse(error);
  }
}
