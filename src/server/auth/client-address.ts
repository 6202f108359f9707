import "server-only";

import { timingSafeEqual } from "node:crypto";

import { getClientAddressKey } from "@/env";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_KEY_HEADER } from "@/lib/client-ip";
import { logger } from "@/server/logger";

/** What limits and the audit log use when the address cannot be known: one bucket for everyone. */
export const UNKNOWN_ADDRESS = "unknown";

let warned = false;

function keyMatches(sent: string | null, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The caller's address as the app server (scripts/server.ts) saw it on the connection. Without
 * that server (a bare `next start`), or for a header the client made up, it fails safe: every such
 * request is "unknown" and so shares one set of limits, rather than choosing its own.
 */
export function clientAddress(headers: Headers | null | undefined): string {
  const key = getClientAddressKey();
  const address = headers?.get(CLIENT_ADDRESS_HEADER);
  if (key && address && keyMatches(headers?.get(CLIENT_ADDRESS_KEY_HEADER) ?? null, key)) return address;
  if (!warned) {
    warned = true;
    logger.warn("the client address is unknown: start the app with `npm start` (scripts/server.ts), not `next start`; until then every request shares one rate limit");
  }
  return UNKNOWN_ADDRESS;
}
