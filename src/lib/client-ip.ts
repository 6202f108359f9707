import { BlockList, isIP } from "node:net";

// The client's address, from the connection itself. X-Forwarded-For is only a claim: any client
// can send one. It is believed only hop by hop from the right, and only while the hop that reports
// it is a proxy this deployment trusts (TRUSTED_PROXIES); the first hop that is not trusted is the
// client. Nothing is trusted by default, loopback included: a script on the same host is a client.

/** The header the app server (scripts/server.ts) sets on every request; a client's copy is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-mpem-client-address";
/** Carries the app server's per-process key, so a header a client sent itself is never believed. */
export const CLIENT_ADDRESS_KEY_HEADER = "x-mpem-client-address-key";

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) is `192.0.2.1`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

/** Whether each entry of TRUSTED_PROXIES is an address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
export function isProxyEntry(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split("/");
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

export type TrustedProxies = { has: (address: string) => boolean };

export function trustedProxyList(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(normalizeAddress(address), family);
    else list.addSubnet(normalizeAddress(address), Number(prefix), family);
  }
  return {
    has(address) {
      const normalized = normalizeAddress(address);
      const family = isIP(normalized);
      return family !== 0 && list.check(normalized, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client of a connection from `remoteAddress` that carried `forwardedFor`. A direct client is its
 * socket's address whatever it claims. Behind trusted proxies, the right-most forwarded address
 * that is not itself a trusted proxy; if every hop is trusted, the left-most one.
 */
export function getClientIp(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  if (!remoteAddress) return "unknown";
  const peer = normalizeAddress(remoteAddress);
  if (!trusted.has(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index]!;
    // A trusted proxy that forwards garbage is misconfigured; its own address is the best we know.
    if (isIP(hop) === 0) return peer;
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? peer;
}
