import { describe, expect, it } from "vitest";

import { isOpenAuthEndpoint } from "./http-endpoints";

describe("open better-auth endpoints", () => {
  it("lets through only sign-in, sign-out and the session check", () => {
    expect(isOpenAuthEndpoint("POST", "/api/auth/sign-in/email")).toBe(true);
    expect(isOpenAuthEndpoint("post", "/api/auth/sign-out/")).toBe(true);
    expect(isOpenAuthEndpoint("GET", "/api/auth/get-session")).toBe(true);
  });

  it.each([
    ["POST", "/api/auth/update-user"],
    ["POST", "/api/auth/sign-up/email"],
    ["POST", "/api/auth/change-password"],
    ["POST", "/api/auth/change-email"],
    ["POST", "/api/auth/delete-user"],
    ["GET", "/api/auth/list-sessions"],
    ["POST", "/api/auth/revoke-sessions"],
    ["GET", "/api/auth/sign-in/email"],
    ["POST", "/api/auth/get-session"],
    ["GET", "/api/auth/ok"],
    ["POST", "/api/auth/sign-in/social"],
  ])("closes %s %s", (method, path) => {
    expect(isOpenAuthEndpoint(method, path)).toBe(false);
  });
});
