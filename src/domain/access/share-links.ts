import { z } from "zod";

import { textField } from "../text-fields";

// Share links: read-only access to one organization's executive view for someone without an
// account. The token is random (256 bits) and only its hash is stored; expiry and revocation are
// rows on the server, so a link stops working the moment it is revoked (see docs/decisions).

export const SHARE_LINK_DEFAULT_DAYS = 30;
export const SHARE_LINK_MAX_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export const shareLinkInput = z.object({
  label: textField("Label", 80).transform((value) => (value === "" ? null : value)),
  // A blank field means the default; text from a form becomes a number (NaN for "soon", refused below).
  expiresInDays: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? SHARE_LINK_DEFAULT_DAYS : typeof value === "string" ? Number(value.trim()) : value),
    z
      .number({ error: "Days must be a number." })
      .int("Days must be a whole number.")
      .min(1, "A link must last at least 1 day.")
      .max(SHARE_LINK_MAX_DAYS, `A link can last at most ${SHARE_LINK_MAX_DAYS} days; create a new one when it expires.`),
  ),
});
export type ShareLinkInput = z.infer<typeof shareLinkInput>;

export function shareLinkExpiry(createdAt: Date, days: number): Date {
  return new Date(createdAt.getTime() + days * DAY_MS);
}

export type ShareLinkState = "active" | "expired" | "revoked";

/** Revoked wins over expired: the page then says someone stopped it, which is what happened first. */
export function shareLinkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** A token as it can appear in a link (base64url of 32 bytes); anything else is not looked up at all. */
export function isWellFormedShareToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** What the visitor of a link that no longer works reads. */
export const shareLinkProblems: Record<Exclude<ShareLinkState, "active"> | "unknown" | "throttled", { title: string; text: string }> = {
  revoked: { title: "This link has been revoked", text: "The consultant who shared it has stopped it. Ask them for a new link if you still need the figures." },
  expired: { title: "This link has expired", text: "Share links work for a limited time. Ask the consultant who sent it for a new one." },
  unknown: { title: "This link is not valid", text: "Check that you copied the whole address. If it still does not open, ask the consultant who sent it for a new one." },
  throttled: { title: "Too many attempts", text: "This address has opened too many links in a short time. Wait a few minutes and try again." },
};
