import "server-only";

import { getServerEnv } from "@/env";
import { clientAddress } from "@/server/auth/client-address";
import { getThrottle, type Limit } from "@/server/auth/throttle";

// Wrong join codes are limited per client address, counted in PostgreSQL (the shared rate limiter)
// so the limit holds across every app instance. A room shares one address behind its Wi-Fi, and
// people mistype, so the limit is generous for people and hopeless for guessing: 30 wrong codes in
// 10 minutes against 887 million possible codes. Right codes never count.

export const wrongJoinCodeLimit: Limit = { name: "join-code:ip", points: 30, durationSeconds: 10 * 60 };

/** The address the limit is keyed on: the one the app server saw on the connection, never a header the client chose. */
export function joinClientAddress(headers: Headers): string {
  return clientAddress(headers);
}

/** Seconds until this address may try a code again; 0 when it may now. */
export async function secondsUntilJoinAllowed(address: string): Promise<number> {
  return getThrottle(getServerEnv().DATABASE_URL).retryAfter(wrongJoinCodeLimit, address);
}

export async function countWrongJoinCode(address: string): Promise<void> {
  await getThrottle(getServerEnv().DATABASE_URL).consume(wrongJoinCodeLimit, address);
}
