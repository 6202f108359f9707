import { describe, expect, it } from "vitest";

import { checkNewPassword, hashPassword, verifyPassword } from "./password";

describe("password policy", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(checkNewPassword("correct horse battery staple")).toBeNull();
  });

  it("asks for at least 8 and at most 128 characters, counting characters not bytes", () => {
    expect(checkNewPassword("1234567")).toBe("Use at least 8 characters.");
    expect(checkNewPassword("x".repeat(129))).toBe("Use at most 128 characters.");
    expect(checkNewPassword("é".repeat(64) + "ü".repeat(64))).toBeNull(); // 128 characters, 256 bytes
  });

  it("refuses the most common passwords, whatever their case", () => {
    expect(checkNewPassword("password1")).toMatch(/most commonly used/);
    expect(checkNewPassword("Password1")).toMatch(/most commonly used/);
    expect(checkNewPassword("iloveyou1")).toMatch(/most commonly used/);
  });
});

describe("password hashing", () => {
  it("stores argon2id hashes that verify only the right password", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword({ hash: stored, password: "correct horse battery staple" })).resolves.toBe(true);
    await expect(verifyPassword({ hash: stored, password: "correct horse battery stapler" })).resolves.toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same input")).not.toBe(await hashPassword("same input"));
  });

  it("treats a malformed stored hash as a failed match, not a crash", async () => {
    await expect(verifyPassword({ hash: "not-a-hash", password: "anything" })).resolves.toBe(false);
  });
});
