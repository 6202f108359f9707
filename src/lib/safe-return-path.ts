/**
 * A post-sign-in destination taken from the query string, restricted to this site's own paths so
 * the sign-in page cannot be used to bounce users to another site (open redirect).
 */
export function safeReturnPath(value: unknown, fallback = "/workspaces"): string {
  if (typeof value !== "string" || value.length > 500) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
   
  if (/[\u0000-\u001F\u007F]/.test(value)) return fallback;
  return value;
}
