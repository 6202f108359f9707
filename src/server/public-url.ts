import "server-only";

import { getServerEnv } from "@/env";

/**
 * An absolute link to share outside the app (invite and participant links). Built from APP_URL, not
 * from the request's Host header, which a client controls.
 */
export function publicUrl(path: string): string {
  return new URL(path, getServerEnv().APP_URL).toString();
}
