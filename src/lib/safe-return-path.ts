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

/** Set by the proxy on every page request: the path and query the visitor asked for. */
export const REQUEST_PATH_HEADER = "x-mpem-request-path";

/** The path and query of a page request, without Next's internal `_rsc` cache-busting parameter. */
export function requestPathOf(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("_rsc");
  const query = search.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}
