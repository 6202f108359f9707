import { describe, expect, it } from "vitest";

import { onShutdown, runShutdownHooks } from "./shutdown-hooks";

describe("shutdown hooks", () => {
  it("runs every hook once, even when one fails", async () => {
    const ran: string[] = [];
    onShutdown(async () => {
      ran.push("a");
    });
    onShutdown(async () => {
      throw new Error("boom");
    });
    onShutdown(async () => {
      ran.push("c");
    });
    await runShutdownHooks();
    await runShutdownHooks();
    expect(ran).toEqual(["a", "c"]);
  });

  it("stops waiting after the timeout", async () => {
    onShutdown(() => new Promise(() => {}));
    const started = Date.now();
    await runShutdownHooks(50);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
