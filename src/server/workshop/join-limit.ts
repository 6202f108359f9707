import "server-only";

import { clientIp } from "@/server/auth/auth";
import { recordThrottleEvents, secondsUntilAllowed, type ThrottleRule } from "@/server/auth/throttle";
import { getDb } from "@/server/db";

// Wrong join codes are limited per client address, counted in PostgreSQL so the limit holds across
// every app instance. A room shares one address behind its Wi-Fi, and people mistype, so the limit
// is generous for people and hopeless for guessing: 30 wrong codes in 10 minutes against
// 887 million possible codes.

export const wrongJoinCodeRule: ThrottleRule = { bucket: "join-code:ip", max: 30, windowSeconds: 10 * 60 };

/** The address the limit is keyed on: the one the server saw, never a header the client chose. */
export function joinClientAddress(headers: Headers): string {
  return clientIp(headers);
}

/** Seconds until this address may try a code again; 0 when it may now. */
export async function secondsUntilJoinAllowed(address: string): Promise<number> {
  return secondsUntilAllowed(getDb(), [{ rule: wrongJoinCodeRule, key: address }]);
}

export async function countWrongJoinCode(address: string): Promise<void> {
  await recordThrottleEvents(getDb(), [{ rule: wrongJoinCodeRule, key: address }]);
}
