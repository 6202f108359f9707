import "server-only";

import { createHash } from "node:crypto";

import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

// Sign-in and sign-up limits, counted in PostgreSQL (the "RateLimit" table, created by a migration)
// so they hold across every app instance and restart. rate-limiter-flexible counts with one atomic
// INSERT … ON CONFLICT DO UPDATE … RETURNING per attempt, so a burst of parallel requests cannot all
// read "4 so far" and all go ahead: an attempt is counted *before* the password is checked, and only
// the attempts that counted within the limit are checked at all. Keys are hashed, so the table holds
// no e-mail addresses or IP addresses.

const MINUTE = 60;

export type Limit = { name: string; points: number; durationSeconds: number };

export const signInLimits = {
  /** One account from one address: the classic guessing limit. */
  accountAndAddress: { name: "sign-in:account+ip", points: 5, durationSeconds: 15 * MINUTE },
  /** One address, whatever the accounts: stops one machine spraying many accounts. */
  address: { name: "sign-in:ip", points: 50, durationSeconds: 15 * MINUTE },
  /**
   * One account, whatever the addresses: blunts guessing spread over many addresses (a botnet),
   * which the two limits above cannot see. 30 an hour is above what any one address may try in an
   * hour (5 per 15 minutes = 20), so no single address can lock the owner out; it takes several
   * addresses working together, and even then the lock lasts at most an hour. Meanwhile a botnet
   * gets 30 guesses an hour at most instead of unlimited ones, against passwords that are at least
   * 8 characters and not among the most common. Successful sign-ins do not count.
   */
  account: { name: "sign-in:account", points: 30, durationSeconds: 60 * MINUTE },
} as const satisfies Record<string, Limit>;

export function signUpLimit(perHour: number): Limit {
  return { name: "sign-up:ip", points: perHour, durationSeconds: 60 * MINUTE };
}

export type Verdict = { allowed: true } | { allowed: false; limit: Limit; key: string; retryAfterSeconds: number };

function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

export type Throttle = ReturnType<typeof createThrottle>;

/** Limits that count in the database behind `pool`. One per app instance; state is shared through PostgreSQL. */
export function createThrottle(pool: pg.Pool) {
  const limiters = new Map<string, RateLimiterPostgres>();

  function limiterFor(limit: Limit): RateLimiterPostgres {
    const id = `${limit.name}|${limit.points}|${limit.durationSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: "RateLimit",
        tableCreated: true,
        keyPrefix: limit.name,
        points: limit.points,
        duration: limit.durationSeconds,
      });
      limiters.set(id, limiter);
    }
    return limiter;
  }

  /** Counts one attempt against `limit`; refused once more than `points` were counted in the window. */
  async function consume(limit: Limit, key: string): Promise<Verdict> {
    try {
      await limiterFor(limit).consume(hashKey(key));
      return { allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, limit, key, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }

  async function refund(limit: Limit, key: string): Promise<void> {
    await limiterFor(limit).reward(hashKey(key), 1);
  }

  /** Seconds until `key` may try again under `limit`, without counting an attempt; 0 when it may now. */
  async function retryAfter(limit: Limit, key: string): Promise<number> {
    const counted = await limiterFor(limit).get(hashKey(key));
    return counted && counted.consumedPoints >= limit.points ? Math.max(1, Math.ceil(counted.msBeforeNext / 1000)) : 0;
  }

  return {
    consume,
    retryAfter,

    /**
     * Counts a sign-in attempt before its password is checked. The limits are taken one after the
     * other, and an attempt refused by a later one is given back to the earlier ones: attempts
     * refused for the account as a whole must not also use up the real owner's own address.
     */
    async consumeSignIn(email: string, address: string): Promise<Verdict> {
      const steps: [Limit, string][] = [
        [signInLimits.accountAndAddress, `${email}|${address}`],
        [signInLimits.address, address],
        [signInLimits.account, email],
      ];
      for (const [index, [limit, key]] of steps.entries()) {
        const verdict = await consume(limit, key);
        if (!verdict.allowed) {
          await Promise.all(steps.slice(0, index).map(([earlier, earlierKey]) => refund(earlier, earlierKey)));
          return verdict;
        }
      }
      return { allowed: true };
    },

    /** A right password: this account+address starts afresh, and the attempt is not a failure. */
    async signInSucceeded(email: string, address: string): Promise<void> {
      await Promise.all([
        limiterFor(signInLimits.accountAndAddress).delete(hashKey(`${email}|${address}`)),
        refund(signInLimits.address, address),
        refund(signInLimits.account, email),
      ]);
    },
  };
}

const globalForThrottle = globalThis as unknown as { mpemThrottle?: Throttle };

/** The app's throttle, on a small pool of its own (rate-limiter-flexible speaks `pg`, not Prisma). */
export function getThrottle(databaseUrl: string): Throttle {
  globalForThrottle.mpemThrottle ??= createThrottle(new pg.Pool({ connectionString: databaseUrl, max: 3, allowExitOnIdle: true }));
  return globalForThrottle.mpemThrottle;
}

export function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
