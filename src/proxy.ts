import { NextResponse, type NextRequest } from "next/server";

import { isHttpsAppUrl } from "@/env";
import { contentSecurityPolicy } from "@/lib/content-security-policy";
import { REQUEST_PATH_HEADER, requestPathOf } from "@/lib/safe-return-path";

// Adds a fresh CSP nonce to every page request. This is not an authorization boundary: every data
// function and server action checks the caller again (see src/server/access.ts).
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development", isHttps: isHttpsAppUrl() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // Layouts cannot see the URL; a signed-out visitor must come back to the exact page after sign-in.
  requestHeaders.set(REQUEST_PATH_HEADER, requestPathOf(request.nextUrl));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
