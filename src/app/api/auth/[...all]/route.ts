import { handleAuthRequest } from "@/server/auth/http-endpoints";

// better-auth's HTTP endpoints, reduced to the few that scripts and tests use (see
// http-endpoints.ts); everything else is 404. The same hooks that guard the server actions
// (throttling, password policy, audit, absolute session timeout) apply here.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleAuthRequest(request);
}

export function POST(request: Request) {
  return handleAuthRequest(request);
}
