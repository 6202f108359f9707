import { describe, expect, it } from "vitest";

import { EnvError, launcherEnvSchema, parseEnv, serverEnvSchema } from "@/env";

function launcherProblems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(launcherEnvSchema, source);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
}

describe("launcher environment", () => {
  it("defaults to the embedded database on port 3000 with data in .data", () => {
    expect(parseEnv(launcherEnvSchema, {})).toEqual({ PORT: 3000, MPEM_DATA_DIR: ".data", NODE_ENV: "development" });
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv(launcherEnvSchema, { DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres:// and postgresql:// URLs and a numeric port", () => {
    const env = parseEnv(launcherEnvSchema, { DATABASE_URL: "postgres://u:p@db.internal:5432/mpem", PORT: "8080" });
    expect(env).toMatchObject({ DATABASE_URL: "postgres://u:p@db.internal:5432/mpem", PORT: 8080 });
    expect(parseEnv(launcherEnvSchema, { DATABASE_URL: "postgresql://localhost/mpem" }).DATABASE_URL).toBe(
      "postgresql://localhost/mpem",
    );
  });

  it.each([
    ["mysql://u:p@localhost/db"],
    ["localhost:5432/mpem"],
    ["not a url"],
    ["postgresql://"],
  ])("rejects the malformed DATABASE_URL %s with a message naming it", (url) => {
    const [problem] = launcherProblems({ DATABASE_URL: url });
    expect(problem).toMatch(/^DATABASE_URL must be a PostgreSQL connection URL/);
  });

  it.each([
    ["abc", "PORT must be a number"],
    ["0", "PORT must be between 1 and 65535"],
    ["70000", "PORT must be between 1 and 65535"],
    ["30.5", "PORT must be a whole number"],
  ])("rejects PORT=%s", (port, message) => {
    expect(launcherProblems({ PORT: port })).toEqual([message]);
  });

  it("reports every problem at once", () => {
    expect(launcherProblems({ PORT: "x", DATABASE_URL: "nope", NODE_ENV: "staging" })).toHaveLength(3);
  });
});

describe("server environment", () => {
  it("requires DATABASE_URL", () => {
    expect(() => parseEnv(serverEnvSchema, {})).toThrow("DATABASE_URL is required");
  });

  const valid = {
    DATABASE_URL: "postgresql://localhost/mpem",
    NODE_ENV: "test",
    AUTH_SECRET: "a".repeat(32),
    APP_URL: "https://mpem.example.com",
    TRUSTED_PROXIES: " 192.0.2.10, 10.0.0.0 ,",
  };

  it("returns the validated values, with trusted proxies as a list", () => {
    expect(parseEnv(serverEnvSchema, valid)).toEqual({ ...valid, TRUSTED_PROXIES: ["192.0.2.10", "10.0.0.0"], MPEM_BENCH_ROUTES: "0", SIGN_UP_LIMIT_PER_HOUR: 20, MAIL_HOURLY_LIMIT: 500 });
  });

  it("checks the mail settings and names a bad one", () => {
    expect(parseEnv(serverEnvSchema, { ...valid, SMTP_URL: "smtps://user:pw@mail.example.com:465", MAIL_FROM: "MPEM <assess@example.com>", MAIL_HOURLY_LIMIT: "50" })).toMatchObject({
      SMTP_URL: "smtps://user:pw@mail.example.com:465",
      MAIL_FROM: "MPEM <assess@example.com>",
      MAIL_HOURLY_LIMIT: 50,
    });
    expect(() => parseEnv(serverEnvSchema, { ...valid, SMTP_URL: "mail.example.com" })).toThrow("SMTP_URL must be a mail server URL");
    expect(() => parseEnv(serverEnvSchema, { ...valid, MAIL_FROM: "not an address" })).toThrow("MAIL_FROM must be an e-mail address");
    expect(() => parseEnv(serverEnvSchema, { ...valid, MAIL_HOURLY_LIMIT: "0" })).toThrow("MAIL_HOURLY_LIMIT must be at least 1");
  });

  it("accepts trusted proxies as addresses or CIDR ranges, and names a bad entry", () => {
    expect(parseEnv(serverEnvSchema, { ...valid, TRUSTED_PROXIES: "10.0.0.0/8, fd00::/8" }).TRUSTED_PROXIES).toEqual(["10.0.0.0/8", "fd00::/8"]);
    expect(() => parseEnv(serverEnvSchema, { ...valid, TRUSTED_PROXIES: "proxy.internal" })).toThrow("TRUSTED_PROXIES must list IP addresses or CIDR ranges");
  });

  it("rejects a short AUTH_SECRET and an APP_URL that is not http(s)", () => {
    expect(() => parseEnv(serverEnvSchema, { ...valid, AUTH_SECRET: "short" })).toThrow("AUTH_SECRET must be at least 32 characters");
    expect(() => parseEnv(serverEnvSchema, { ...valid, APP_URL: "ftp://example.com" })).toThrow("APP_URL must be the app's public URL");
  });
});
