// Participant and invite links are bearer secrets: whoever has one can answer as that person or join
// that workspace; so are the links e-mailed to reset a password or confirm a new e-mail address.
// They travel in paths (/r/<token>, /api/r/<token>/answers, /invite/<token>, /reset-password/<token>,
// /confirm-email/<token>), in
// query strings (/sign-up?invite=<token>) and URL-encoded inside others (?next=%2Finvite%2F<token>).
// Every log line goes through this before it is written (src/server/logger.ts).

export const REDACTED = "[redacted]";

const SECRET_SEGMENT = /\/(r|invite|reset-password|confirm-email)\/(?!\[redacted\])[^/?#\s"'&<>\\]+/g;
const ENCODED_SECRET_SEGMENT = /%2F(r|invite|reset-password|confirm-email)%2F(?!%5Bredacted%5D)[^/?#\s"'&<>\\%]+(?:%[0-9A-F]{2}[^/?#\s"'&<>\\%]*)*/gi;
const SECRET_PARAMETER = /([?&](?:invite|token)=)(?!\[redacted\])[^&#\s"'<>\\]+/gi;

/** The same text with every link token replaced by "[redacted]". */
export function redactSecrets(text: string): string {
  return text
    .replace(SECRET_SEGMENT, (_match, kind: string) => `/${kind}/${REDACTED}`)
    .replace(ENCODED_SECRET_SEGMENT, (_match, kind: string) => `%2F${kind}%2F${encodeURIComponent(REDACTED)}`)
    .replace(SECRET_PARAMETER, (_match, name: string) => `${name}${REDACTED}`);
}
