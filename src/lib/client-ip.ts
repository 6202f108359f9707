// The client's address as seen through trusted proxies. Next.js appends the connecting address to
// X-Forwarded-For, so the chain is walked from the right, skipping hops we trust; the first
// untrusted hop is the client. A client can prepend anything, but cannot get past a trusted hop.

const LOOPBACK = ["127.0.0.1", "::1", "::ffff:127.0.0.1"];

export function getClientIp(forwardedFor: string | null | undefined, trustedProxies: readonly string[]): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const trusted = new Set([...LOOPBACK, ...trustedProxies]);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] as string;
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? "unknown";
}
