import { describe, expect, it } from "vitest";

import { contentSecurityPolicy } from "./content-security-policy";

describe("content security policy", () => {
  it("lets scripts run only with the nonce, and forbids framing, plugins and foreign form targets", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
  });

  it("allows eval only in development, where React's tooling needs it", () => {
    expect(contentSecurityPolicy("n", { isDevelopment: true })).toContain("'unsafe-eval'");
  });

  it("asks browsers to upgrade insecure requests only when the app is served over https", () => {
    expect(contentSecurityPolicy("n", { isHttps: true })).toContain("upgrade-insecure-requests");
    // On a plain-http deployment (http://intranet-host) the directive would send every script to https and break the page.
    expect(contentSecurityPolicy("n", { isHttps: false })).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n")).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { isDevelopment: true, isHttps: false })).not.toContain("upgrade-insecure-requests");
  });
});
