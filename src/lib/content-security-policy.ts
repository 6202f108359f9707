/**
 * The Content-Security-Policy for a page. Scripts run only with this response's nonce (Next.js
 * adds it to its own scripts; 'strict-dynamic' lets those load their chunks). Inline styles are
 * allowed because charts and React style attributes need them; styles cannot run code.
 * `upgrade-insecure-requests` only when the app is served over https: on a plain-http deployment it
 * would rewrite every script and style URL to https, which that server does not answer.
 */
export function contentSecurityPolicy(nonce: string, { isDevelopment = false, isHttps = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps && !isDevelopment ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
