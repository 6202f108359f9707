import "server-only";

import { headers } from "next/headers";

import { REQUEST_PATH_HEADER, safeReturnPath } from "@/lib/safe-return-path";

/**
 * The page the visitor asked for (path and query), as the proxy recorded it; `fallback` when the
 * request did not pass through the proxy. Layouts use it so a sign-in redirect comes back to the
 * exact page rather than to the layout's own root.
 */
export async function currentRequestPath(fallback: string): Promise<string> {
  return safeReturnPath((await headers()).get(REQUEST_PATH_HEADER), fallback);
}
