import { beforeAll, describe, expect, it } from "vitest";

import { hashSecret, openSecret, sealSecret, SecretUnreadableError } from "./secret-box";

beforeAll(() => {
  process.env.DATABASE_URL ??= "postgresql://localhost/unused";
  process.env.AUTH_SECRET ??= "unit-tests-only-secret-0123456789abcdef0123";
  process.env.APP_URL ??= "http://localhost:3000";
});

describe("secret box", () => {
  it("opens what it sealed, and never shows the secret in the sealed text", () => {
    const secret = "Zq3_token-of-43-characters-abcdefghijklmnop";
    const sealed = sealSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(sealSecret(secret)).not.toBe(sealed);
    expect(openSecret(sealed)).toBe(secret);
  });

  it("refuses a tampered box", () => {
    const sealed = sealSecret("secret");
    const parts = sealed.split(".");
    parts[3] = Buffer.from("other!").toString("base64url");
    expect(() => openSecret(parts.join("."))).toThrow(SecretUnreadableError);
    expect(() => openSecret("junk")).toThrow(SecretUnreadableError);
  });

  it("hashes as the link tables do (sha256 hex)", () => {
    expect(hashSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
