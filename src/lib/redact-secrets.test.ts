import { describe, expect, it } from "vitest";

import { redactSecrets } from "./redact-secrets";

const token = "Qm9vX3Rva2VuLXRoYXQtaXMtNDMtY2hhcmFjdGVycy1sb25n";

describe("redacting link tokens", () => {
  it.each([
    [`/r/${token}`, "/r/[redacted]"],
    [`/api/r/${token}/answers`, "/api/r/[redacted]/answers"],
    [`/api/r/${token}/submit?x=1`, "/api/r/[redacted]/submit?x=1"],
    [`/invite/${token}`, "/invite/[redacted]"],
    [`https://mpem.example.com/invite/${token}#top`, "https://mpem.example.com/invite/[redacted]#top"],
    [`/sign-up?invite=${token}`, "/sign-up?invite=[redacted]"],
    [`/sign-in?next=%2Finvite%2F${token}`, "/sign-in?next=%2Finvite%2F%5Bredacted%5D"],
    [`/sign-in?next=%2fr%2f${token}&x=1`, "/sign-in?next=%2Fr%2F%5Bredacted%5D&x=1"],
    [`{"path":"/r/${token}","msg":"request failed"}`, `{"path":"/r/[redacted]","msg":"request failed"}`],
    [`/reset-password/${token}`, "/reset-password/[redacted]"],
    [`http://localhost:3000/confirm-email/${token}?x=1`, "http://localhost:3000/confirm-email/[redacted]?x=1"],
    [`/sign-in?next=%2Freset-password%2F${token}`, "/sign-in?next=%2Freset-password%2F%5Bredacted%5D"],
  ])("%s", (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it("leaves other paths alone", () => {
    for (const path of ["/w/demo/rounds/abc123/results", "/model", "/sign-in?next=%2Fworkspaces", "/api/health", "/w/r-team/members", "/forgot-password", "/w/demo/outbox"]) {
      expect(redactSecrets(path)).toBe(path);
    }
  });

  it("is idempotent", () => {
    const once = redactSecrets(`/r/${token} /invite/${token} ?invite=${token}`);
    expect(redactSecrets(once)).toBe(once);
    expect(once).not.toContain(token);
  });
});
