import "server-only";

import { createHash, randomBytes } from "node:crypto";

// Participant invite links carry 256 random bits; the database keeps only a SHA-256 hash, so a
// leaked database cannot be turned into working links.

export function newParticipantToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashParticipantToken(token) };
}

export function hashParticipantToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A quick shape check so junk never reaches the database. */
export function looksLikeParticipantToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
