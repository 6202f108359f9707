import { errorResponse, jsonOk } from "@/server/http-responses";
import { submitQuestionnaire } from "@/server/questionnaire";

export async function POST(_request: Request, { params }: RouteContext<"/api/r/[token]/submit">) {
  try {
    const { token } = await params;
    return jsonOk(await submitQuestionnaire(token));
  } catch (error) {
    return errorResponse(error);
  }
}
