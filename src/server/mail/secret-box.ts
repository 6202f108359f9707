import "server-only";

import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

import { getServerEnv } from "@/env";

// A link's secret must survive until its message is delivered (the worker renders the message
// later, maybe after a restart), yet the database must never hold it in clear: a copy of the
// database alone must not give anyone a working link. So the secret is sealed with AES-256-GCM
// under a key derived from AUTH_SECRET, which lives outside the database. The hash beside it
// (sha256, the same hash the link tables keep) says whether the link is still the current one
// without opening the box.

const VERSION = "v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", getServerEnv().AUTH_SECRET, "mpem-mail-secret-box", "link secrets v1", 32));
}

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

export class SecretUnreadableError extends Error {
  constructor() {
    super("The link in this message can no longer be read (the server's AUTH_SECRET changed since it was queued).");
    this.name = "SecretUnreadableError";
  }
}

export function openSecret(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !data) throw new SecretUnreadableError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadableError();
  }
}

/** The hash every link table keeps (participants, invitations, reset and e-mail change tokens). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
