import { describe, expect, it } from "vitest";

import { checkHealth } from "@/server/health";

describe("health check", () => {
  it("reports the database reachable through the app's own client", async () => {
    await expect(checkHealth()).resolves.toEqual({ status: "ok", database: "ok" });
  });
});
