import "server-only";

import { getAuth } from "./auth";

// better-auth mounts dozens of endpoints under /api/auth (update-user, list-sessions, revoke-session,
// change-email, delete-user, …). The app's own pages use none of them over HTTP: sign-up, sign-in,
// sign-out and password change are server actions. Each open endpoint is a way around our own
// rules (update-user skipped the name limit and the audit log), so only what a script or a test may
// legitimately call stays open, and everything else is a plain 404.
const OPEN_ENDPOINTS: ReadonlySet<string> = new Set([
  // Sign-in for scripts and tests; the same throttle, audit and session rules as the form.
  "POST /sign-in/email",
  "POST /sign-out",
  "GET /get-session",
]);

const BASE_PATH = "/api/auth";

export function isOpenAuthEndpoint(method: string, pathname: string): boolean {
  if (!pathname.startsWith(`${BASE_PATH}/`)) return false;
  return OPEN_ENDPOINTS.has(`${method.toUpperCase()} ${pathname.slice(BASE_PATH.length).replace(/\/+$/, "")}`);
}

export async function handleAuthRequest(request: Request): Promise<Response> {
  if (!isOpenAuthEndpoint(request.method, new URL(request.url).pathname)) {
    return Response.json({ message: "Not found." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  return getAuth().handler(request);
}
