import "server-only";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";

import { getServerEnv } from "@/env";
import { getClientIp } from "@/lib/client-ip";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";

import { SESSION_IDLE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-policy";
import { checkNewPassword, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "./password";
import { describeWait, recordThrottleEvents, secondsUntilAllowed, signInRules, signUpRulePerIp } from "./throttle";


function normalizeEmail(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}

/** The caller's address, through the proxies this deployment trusts. */
export function clientIp(headers: Headers | undefined): string {
  return getClientIp(headers?.get("x-forwarded-for"), getServerEnv().TRUSTED_PROXIES);
}

function createAuth() {
  const env = getServerEnv();
  const db = getDb();
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
      autoSignIn: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
    },
    // Failures are throttled per account+IP and per IP in PostgreSQL by the hooks below, which hold
    // across instances; the library's own limiter keeps counts in process memory.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: env.APP_URL.startsWith("https://"),
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: ["127.0.0.1", "::1", ...env.TRUSTED_PROXIES] },
      database: { generateId: () => crypto.randomUUID() },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const ip = clientIpOf(ctx.headers);
        if (ctx.path === "/sign-in/email") {
          const email = normalizeEmail(ctx.body?.email);
          const wait = await secondsUntilAllowed(db, [
            { rule: signInRules.perAccountAndIp, key: `${email}|${ip}` },
            { rule: signInRules.perIp, key: ip },
          ]);
          if (wait > 0) {
            await recordAuditEvent(db, { action: "auth.sign-in.throttled", actorEmail: email, ipAddress: ip });
            throw new APIError("TOO_MANY_REQUESTS", {
              code: "TOO_MANY_ATTEMPTS",
              message: `Too many failed sign-in attempts. Try again in ${describeWait(wait)}.`,
            });
          }
        }
        if (ctx.path === "/sign-up/email") {
          const signUpRule = signUpRulePerIp(env.SIGN_UP_LIMIT_PER_HOUR);
          const wait = await secondsUntilAllowed(db, [{ rule: signUpRule, key: ip }]);
          if (wait > 0) {
            throw new APIError("TOO_MANY_REQUESTS", {
              code: "TOO_MANY_ATTEMPTS",
              message: `Too many sign-ups from this address. Try again in ${describeWait(wait)}.`,
            });
          }
          await recordThrottleEvents(db, [{ rule: signUpRule, key: ip }]);
        }
        const newPassword = ctx.path === "/sign-up/email" ? ctx.body?.password : ctx.path === "/change-password" ? ctx.body?.newPassword : undefined;
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
            await recordThrottleEvents(db, [
              { rule: signInRules.perAccountAndIp, key: `${email}|${ip}` },
              { rule: signInRules.perIp, key: ip },
            ]);
            await recordAuditEvent(db, { action: "auth.sign-in.failed", actorEmail: email, ipAddress: ip });
          } else if (signedIn) {
            await recordAuditEvent(db, { action: "auth.sign-in.succeeded", actor: { userId: signedIn.id, email: signedIn.email }, ipAddress: ip });
          }
        }
        if (ctx.path === "/sign-up/email" && !failed && signedIn) {
          await recordAuditEvent(db, { action: "auth.sign-up", actor: { userId: signedIn.id, email: signedIn.email }, ipAddress: ip });
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
