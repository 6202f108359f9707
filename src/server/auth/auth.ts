import "server-only";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";

import { getServerEnv } from "@/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-ip";
import { recordAuditEvent, recordThrottledAttempt } from "@/server/audit";
import { getDb } from "@/server/db";

import { clientAddress } from "./client-address";
import { isPastAbsoluteTimeout, SESSION_IDLE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-policy";
import { checkNewPassword, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "./password";
import { describeWait, getThrottle, type Verdict } from "./throttle";


function normalizeEmail(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}

/** The caller's address, from the connection (see client-address.ts). */
export function clientIp(headers: Headers | undefined): string {
  return clientAddress(headers);
}

function tooManyAttempts(verdict: Extract<Verdict, { allowed: false }>, message: string): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    { code: "TOO_MANY_ATTEMPTS", message: `${message} Try again in ${describeWait(verdict.retryAfterSeconds)}.` },
    { "Retry-After": String(verdict.retryAfterSeconds) },
  );
}

function createAuth() {
  const env = getServerEnv();
  const db = getDb();
  const throttle = getThrottle(env.DATABASE_URL);
  const clientIpOf = clientIp;

  return betterAuth({
    appName: "MPEM Assessment",
    baseURL: env.APP_URL,
    basePath: "/api/auth",
    secret: env.AUTH_SECRET,
    trustedOrigins: [env.APP_URL],
    database: prismaAdapter(db, { provider: "postgresql" }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      // Accounts are created by our own sign-up (sign-up.ts), all at once with their workspace.
      disableSignUp: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
    },
    // Attempts are throttled per account+address, per address and per account in PostgreSQL by the
    // hooks below (throttle.ts), which hold across instances; the library's own limiter counts
    // requests per address and path only, not per account.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: env.APP_URL.startsWith("https://"),
      // Sessions record the address our app server stamped on the request, never X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // The 24-hour absolute timeout holds for every endpoint (get-session, sign-out, change
        // password…), not only for our pages: a session past it is deleted before the endpoint runs.
        // (Our pages' own session reads, api.getSession without a request, are checked in session.ts,
        // which saves every page render a second lookup.)
        const isPageSessionRead = ctx.path === "/get-session" && !ctx.request;
        const sessionToken = isPageSessionRead ? null : await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
        if (sessionToken) {
          const found = await ctx.context.internalAdapter.findSession(sessionToken);
          if (found && isPastAbsoluteTimeout(new Date(found.session.createdAt))) await ctx.context.internalAdapter.deleteSession(sessionToken);
        }
        const ip = clientIpOf(ctx.headers);
        if (ctx.path === "/sign-in/email") {
          // Counted before the password is checked: only attempts within the limits are checked.
          const email = normalizeEmail(ctx.body?.email);
          const verdict = await throttle.consumeSignIn(email, ip);
          if (!verdict.allowed) {
            await recordThrottledAttempt(db, { limit: verdict.limit, key: verdict.key, actorEmail: email, ipAddress: ip, retryAfterSeconds: verdict.retryAfterSeconds });
            throw tooManyAttempts(verdict, "Too many failed sign-in attempts.");
          }
        }
        const newPassword = ctx.path === "/change-password" ? ctx.body?.newPassword : undefined;
        if (typeof newPassword === "string") {
          const problem = checkNewPassword(newPassword);
          if (problem) throw new APIError("BAD_REQUEST", { code: "WEAK_PASSWORD", message: problem });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const ip = clientIpOf(ctx.headers);
        const failed = isAPIError(ctx.context.returned);
        const signedIn = ctx.context.newSession?.user;
        if (ctx.path === "/sign-in/email") {
          const email = normalizeEmail(ctx.body?.email);
          if (failed) {
            const error = ctx.context.returned as APIError;
            if (error.statusCode === 429) return;
            await recordAuditEvent(db, { action: "auth.sign-in.failed", actorEmail: email, ipAddress: ip });
          } else if (signedIn) {
            await throttle.signInSucceeded(email, ip);
            await recordAuditEvent(db, { action: "auth.sign-in.succeeded", actor: { userId: signedIn.id, email: signedIn.email }, ipAddress: ip });
          }
        }
        if (ctx.path === "/change-password" && !failed && ctx.context.session) {
          const { user } = ctx.context.session;
          await recordAuditEvent(db, { action: "auth.password-changed", actor: { userId: user.id, email: user.email }, ipAddress: ip });
        }
      }),
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { mpemAuth?: Auth };

/** Created on first use: building the app must not need the secret or the database. */
export function getAuth(): Auth {
  globalForAuth.mpemAuth ??= createAuth();
  return globalForAuth.mpemAuth;
}
