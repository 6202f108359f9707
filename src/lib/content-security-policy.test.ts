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
});
