import { z } from "zod";

import { isProxyEntry } from "./lib/client-ip";

// The only module that reads process.env. A bad value fails here, at start-up, with a message
// that names the variable, instead of surfacing later as a confusing driver error.

const postgresUrl = z
  .string()
  .trim()
  .min(1, "is empty")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a PostgreSQL connection URL such as postgresql://user:password@localhost:5432/mpem");

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const nodeEnv = z.enum(["development", "production", "test"]).default("development");

const authSecret = z.string().min(32, "must be at least 32 characters (for example: openssl rand -base64 32)");
const appUrl = z.url({ protocol: /^https?$/, error: "must be the app's public URL, such as https://mpem.example.com" });

const commaSeparatedList = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean));

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a mail server URL such as smtp://user:password@mail.example.com:587 (smtps:// for TLS from the start)");

// "MPEM Assessment <assessments@example.com>" or a bare address.
const mailFrom = z
  .string()
  .trim()
  .refine((value) => {
    const address = /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value;
    return z.email().safeParse(address.trim()).success && !/[\r\n]/.test(value);
  }, "must be an e-mail address, optionally with a name: MPEM Assessment <assessments@example.com>");

const proxyList = commaSeparatedList.refine((entries) => entries.every(isProxyEntry), "must list IP addresses or CIDR ranges (such as 10.0.0.0/8), separated by commas");

/** What the running app needs: the launcher always provides DATABASE_URL and, in development, a secret. */
export const serverEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  NODE_ENV: nodeEnv,
  AUTH_SECRET: authSecret,
  APP_URL: appUrl,
  // Reverse proxies whose X-Forwarded-For entries are believed (scripts/server.ts). None by default,
  // loopback included: without a proxy, the client is whoever opened the connection.
  TRUSTED_PROXIES: proxyList,
  // Enables the bench-only baseline routes (bench/README.md); never set in production.
  MPEM_BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
  // Sign-ups allowed per address per hour. The end-to-end suite, whose browsers all come from
  // 127.0.0.1, raises it; real deployments keep the default.
  SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  // The Chromium that prints PDF reports (and runs the end-to-end tests): unset for the one inside
  // the npm package @sparticuz/chromium, a path to any Chromium or Chrome, or "bundled" for Playwright's.
  PLAYWRIGHT_CHROMIUM_PATH: z.string().trim().min(1).optional(),
  // E-mail (src/server/mail). Without SMTP_URL nothing is sent: messages wait in the outbox.
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: mailFrom.optional(),
  // Messages one workspace may send per hour, so the server cannot be used to spam.
  MAIL_HOURLY_LIMIT: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(100_000, "must be at most 100000").default(500),
});

const demoData = z.enum(["0", "1"], { error: "must be 0 (never seed demo data) or 1 (seed it even into DATABASE_URL)" }).optional();

/** What the demo seed needs (prisma/seed.ts). */
export const seedEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  NODE_ENV: nodeEnv,
  MPEM_DEMO_DATA: demoData,
});

/** What `npm start` accepts: without DATABASE_URL it starts the embedded PostgreSQL. */
export const launcherEnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PORT: port.default(3000),
  MPEM_DATA_DIR: z.string().trim().min(1, "is empty").default(".data"),
  NODE_ENV: nodeEnv,
  AUTH_SECRET: authSecret.optional(),
  APP_URL: appUrl.optional(),
  MPEM_DEMO_DATA: demoData,
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type LauncherEnv = z.infer<typeof launcherEnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

type EnvSource = Record<string, string | undefined>;

function withoutEmptyValues(source: EnvSource): EnvSource {
  // `DATABASE_URL= npm start` means "not set", as in most shells' conventions.
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
}

export function parseEnv<Schema extends z.ZodType>(schema: Schema, source: EnvSource): z.infer<Schema> {
  const values = withoutEmptyValues(source);
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = issue.path.join(".") || "environment";
      return values[name] === undefined ? `${name} is required` : `${name} ${issue.message}`;
    }),
  );
}

let serverEnv: ServerEnv | undefined;

/** Validated on first use so that `next build` does not need a database URL. */
export function getServerEnv(): ServerEnv {
  serverEnv ??= parseEnv(serverEnvSchema, process.env);
  return serverEnv;
}

export function getLauncherEnv(): LauncherEnv {
  return parseEnv(launcherEnvSchema, process.env);
}

/**
 * The app server's per-process key (scripts/server.ts sets it before Next.js loads). The client
 * address header is believed only when it carries this key, so behind a plain `next start` a header
 * a client sent itself counts for nothing.
 */
export function getClientAddressKey(): string | undefined {
  const key = process.env.MPEM_CLIENT_ADDRESS_KEY;
  return key && key.length >= 32 ? key : undefined;
}

/** Whether the public URL is https (APP_URL alone: the CSP needs no database URL or secret). */
export function isHttpsAppUrl(): boolean {
  return (process.env.APP_URL ?? "").startsWith("https://");
}

const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).catch("info");

/** LOG_LEVEL is optional and never fatal: an unknown value falls back to "info". */
export function getLogLevel(): z.infer<typeof logLevel> {
  return logLevel.parse(process.env.LOG_LEVEL);
}
