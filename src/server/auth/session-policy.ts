// How long sessions last. The idle timeout is better-auth's sliding expiry; the absolute timeout is
// ours, checked on every request in session.ts, because the library has none.

/** A session unused this long ends. Each use extends it, at most once per SESSION_UPDATE_AGE_SECONDS. */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 15 * 60;
/** However active, a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_SECONDS = 24 * 60 * 60;

export function isPastAbsoluteTimeout(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() > SESSION_ABSOLUTE_SECONDS * 1000;
}
