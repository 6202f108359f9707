import { describe, expect, it } from "vitest";

import { getClientIp } from "./client-ip";

describe("client IP behind proxies", () => {
  it("takes the address Next.js appended when nothing else is there", () => {
    expect(getClientIp("198.51.100.7", [])).toBe("198.51.100.7");
  });

  it("believes a forwarded address only when a trusted hop (loopback) reports it", () => {
    expect(getClientIp("203.0.113.5, 127.0.0.1", [])).toBe("203.0.113.5");
  });

  it("ignores what a direct client prepends", () => {
    expect(getClientIp("10.0.0.1, 198.51.100.7", [])).toBe("198.51.100.7");
  });

  it("walks through configured proxies", () => {
    expect(getClientIp("203.0.113.5, 192.0.2.10, 127.0.0.1", ["192.0.2.10"])).toBe("203.0.113.5");
  });

  it("falls back to the leftmost hop when every hop is trusted, and to 'unknown' when there is none", () => {
    expect(getClientIp("127.0.0.1", [])).toBe("127.0.0.1");
    expect(getClientIp(null, [])).toBe("unknown");
  });
});
