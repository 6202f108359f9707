import { randomBytes } from "node:crypto";

import { isAPIError } from "better-auth/api";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_KEY_HEADER } from "@/lib/client-ip";
import { hashPassword } from "@/lib/password-hashing";
import { getAuth } from "@/server/auth/auth";
import { createThrottle, signInLimits } from "@/server/auth/throttle";

import { createUser } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
const pools: pg.Pool[] = [];
afterAll(async () => {
  await db.$disconnect();
  await Promise.all(pools.map((pool) => pool.end()));
});
beforeEach(() => resetDatabase(databaseUrl));

// The app server's key, as scripts/server.ts sets it, so the address header below is believed.
const key = randomBytes(32).toString("base64url");
process.env.MPEM_CLIENT_ADDRESS_KEY = key;
const PASSWORD = "correct horse battery staple";

function from(address: string): Headers {
  return new Headers({ [CLIENT_ADDRESS_HEADER]: address, [CLIENT_ADDRESS_KEY_HEADER]: key });
}

async function accountWithPassword(): Promise<string> {
  const user = await createUser(db);
  await db.account.create({
    data: { id: crypto.randomUUID(), accountId: user.userId, providerId: "credential", userId: user.userId, password: await hashPassword(PASSWORD) },
  });
  return user.email;
}

/** The HTTP status a sign-in gets: 200, 401 (checked, wrong) or 429 (refused before any check). */
async function signIn(email: string, password: string, address: string): Promise<number> {
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: from(address) });
    return 200;
  } catch (error) {
    if (isAPIError(error)) return error.statusCode;
    throw error;
  }
}

function countOf(statuses: number[], status: number) {
  return statuses.filter((value) => value === status).length;
}

describe("sign-in throttle", () => {
  it("checks at most 5 of 30 parallel wrong passwords for one account; the rest get 429", async () => {
    const email = await accountWithPassword();
    const statuses = await Promise.all(Array.from({ length: 30 }, (_, index) => signIn(email, `wrong guess ${index}`, "203.0.113.1")));
    expect(countOf(statuses, 401)).toBeLessThanOrEqual(5);
    expect(countOf(statuses, 429)).toBeGreaterThanOrEqual(25);
    expect(countOf(statuses, 401) + countOf(statuses, 429)).toBe(30);
    // Only checked attempts are recorded as failures.
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in.failed" } })).toBe(countOf(statuses, 401));
    // Even the right password is refused now, from that address.
    expect(await signIn(email, PASSWORD, "203.0.113.1")).toBe(429);
  });

  it("a successful sign-in resets the count for that account and address", async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 4; attempt += 1) expect(await signIn(email, "wrong password!", "203.0.113.2")).toBe(401);
    expect(await signIn(email, PASSWORD, "203.0.113.2")).toBe(200);
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await signIn(email, "wrong password!", "203.0.113.2")).toBe(401);
    expect(await signIn(email, "wrong password!", "203.0.113.2")).toBe(429);
  });

  it("blocks one account+address without blocking the owner at another address", async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn(email, "wrong password!", "203.0.113.3");
    expect(await signIn(email, PASSWORD, "203.0.113.3")).toBe(429);
    expect(await signIn(email, PASSWORD, "198.51.100.3")).toBe(200);
  });

  it("limits one account across many addresses: guessing from a botnet stops at 30 an hour", async () => {
    const email = await accountWithPassword();
    const { points } = signInLimits.account;
    for (let attempt = 0; attempt < points; attempt += 1) {
      expect(await signIn(email, "wrong password!", `198.51.100.${10 + Math.floor(attempt / 5)}`)).toBe(401);
    }
    expect(await signIn(email, "wrong password!", "198.51.100.200")).toBe(429);
    expect(await signIn(email, PASSWORD, "198.51.100.201")).toBe(429);
    // An attempt refused for the account does not use up the address's own allowance.
    const other = await accountWithPassword();
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await signIn(other, "wrong password!", "198.51.100.200")).toBe(401);
  });

  it("no single address can lock an account out: its own limit comes first", async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 40; attempt += 1) await signIn(email, "wrong password!", "203.0.113.4");
    expect(await signIn(email, PASSWORD, "198.51.100.4")).toBe(200);
  });

  it("forgets attempts once the window has passed", async () => {
    const email = await accountWithPassword();
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn(email, "wrong password!", "203.0.113.5");
    expect(await signIn(email, PASSWORD, "203.0.113.5")).toBe(429);
    await db.$executeRaw`UPDATE "RateLimit" SET expire = ${Date.now() - 1000}`;
    expect(await signIn(email, PASSWORD, "203.0.113.5")).toBe(200);
  });

  it("stores no e-mail address or IP in clear", async () => {
    const email = await accountWithPassword();
    await signIn(email, "wrong password!", "203.0.113.6");
    const keys = await db.rateLimit.findMany({ select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some(({ key }) => key.includes("@") || key.includes("203.0.113"))).toBe(false);
  });
});

describe("limits shared by several app instances", () => {
  it("two instances counting the same key in parallel let through 5 in all", async () => {
    const instances = [0, 1].map(() => {
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
      pools.push(pool);
      return createThrottle(pool);
    });
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, (_, index) => instances[index % 2]!.consume(signInLimits.accountAndAddress, "shared@example.test|203.0.113.7")),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(5);
  });
});
