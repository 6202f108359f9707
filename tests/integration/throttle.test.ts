import { afterAll, describe, expect, inject, it } from "vitest";

import { recordThrottleEvents, secondsUntilAllowed, signInRules } from "@/server/auth/throttle";

import { createDbClient } from "../factories/db-client";

const db = createDbClient(inject("databaseUrl"));
afterAll(() => db.$disconnect());

const rule = signInRules.perAccountAndIp;

describe("sign-in throttle in PostgreSQL", () => {
  it("allows four failures and blocks at the fifth, for 15 minutes", async () => {
    const key = "alice@example.test|203.0.113.1";
    for (let failure = 1; failure <= 4; failure += 1) {
      await recordThrottleEvents(db, [{ rule, key }]);
      expect(await secondsUntilAllowed(db, [{ rule, key }])).toBe(0);
    }
    await recordThrottleEvents(db, [{ rule, key }]);
    const wait = await secondsUntilAllowed(db, [{ rule, key }]);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });

  it("keeps keys apart: the same account from another address is not blocked", async () => {
    const blocked = "bob@example.test|203.0.113.2";
    await recordThrottleEvents(db, Array.from({ length: 5 }, () => ({ rule, key: blocked })));
    expect(await secondsUntilAllowed(db, [{ rule, key: blocked }])).toBeGreaterThan(0);
    expect(await secondsUntilAllowed(db, [{ rule, key: "bob@example.test|198.51.100.9" }])).toBe(0);
  });

  it("forgets failures older than the window", async () => {
    const key = "carol@example.test|203.0.113.3";
    await recordThrottleEvents(db, Array.from({ length: 5 }, () => ({ rule, key })));
    await db.$executeRaw`UPDATE "AuthThrottleEvent" SET "createdAt" = now() - interval '16 minutes' WHERE bucket = ${rule.bucket}`;
    expect(await secondsUntilAllowed(db, [{ rule, key }])).toBe(0);
  });

  it("stores no e-mail address or IP in clear", async () => {
    await recordThrottleEvents(db, [{ rule, key: "dave@example.test|203.0.113.4" }]);
    const keys = await db.authThrottleEvent.findMany({ select: { key: true } });
    expect(keys.some(({ key }) => key.includes("@") || key.includes("203.0.113"))).toBe(false);
  });
});
