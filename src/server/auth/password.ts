import "server-only";

import commonPasswords from "fxa-common-password-list";

export { hashPassword, verifyPassword } from "@/lib/password-hashing";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a new password is unacceptable, or null. Length is counted in characters, not bytes. */
export function checkNewPassword(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) {
    return "This password is one of the most commonly used ones. Choose another.";
  }
  return null;
}
