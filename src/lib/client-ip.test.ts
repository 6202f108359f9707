import { describe, expect, it } from "vitest";

import { getClientIp, isProxyEntry, normalizeAddress, trustedProxyList } from "./client-ip";

const none = trustedProxyList([]);

describe("client address from the connection", () => {
  it("is the socket's address for a direct client, whatever X-Forwarded-For claims", () => {
    expect(getClientIp("198.51.100.7", undefined, none)).toBe("198.51.100.7");
    expect(getClientIp("198.51.100.7", "203.0.113.5", none)).toBe("198.51.100.7");
    expect(getClientIp("198.51.100.7", "203.0.113.5, 198.51.100.7", none)).toBe("198.51.100.7");
  });

  it("does not trust loopback unless told to: a local script is a client like any other", () => {
    expect(getClientIp("127.0.0.1", "203.0.113.5", none)).toBe("127.0.0.1");
    expect(getClientIp("::1", "203.0.113.5", none)).toBe("::1");
  });

  it("reads IPv4 clients of a dual-stack socket as IPv4", () => {
    expect(getClientIp("::ffff:127.0.0.2", undefined, none)).toBe("127.0.0.2");
    expect(normalizeAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
  });

  it("behind a trusted proxy, takes the right-most address that is not a trusted proxy", () => {
    const proxies = trustedProxyList(["192.0.2.10", "10.0.0.0/8"]);
    expect(getClientIp("192.0.2.10", "203.0.113.5", proxies)).toBe("203.0.113.5");
    // The client prepended a forged address; the proxies appended the real one.
    expect(getClientIp("192.0.2.10", "1.2.3.4, 203.0.113.5, 10.1.2.3", proxies)).toBe("203.0.113.5");
    expect(getClientIp("::ffff:10.9.9.9", "203.0.113.5", proxies)).toBe("203.0.113.5");
  });

  it("falls back sensibly when a trusted proxy sends nothing, only proxies, or garbage", () => {
    const proxies = trustedProxyList(["192.0.2.10", "192.0.2.11"]);
    expect(getClientIp("192.0.2.10", undefined, proxies)).toBe("192.0.2.10");
    expect(getClientIp("192.0.2.10", "192.0.2.11", proxies)).toBe("192.0.2.11");
    expect(getClientIp("192.0.2.10", "not-an-ip", proxies)).toBe("192.0.2.10");
    expect(getClientIp(undefined, "203.0.113.5", proxies)).toBe("unknown");
  });

  it("accepts addresses and CIDR ranges as trusted proxies, nothing else", () => {
    expect(["10.0.0.1", "10.0.0.0/8", "fd00::/8", "::1"].every(isProxyEntry)).toBe(true);
    expect(["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/1", "", "10.0.0.0/x"].some(isProxyEntry)).toBe(false);
  });
});
