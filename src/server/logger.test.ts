import { Writable } from "node:stream";

import { describe, expect, it } from "vitest";

import { createLogger } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("logger", () => {
  const token = "dG9rZW4tdGhhdC1tdXN0LW5ldmVyLWJlLWxvZ2dlZC0xMjM0";

  it("writes no link token, whether in a path, a URL in an error message or a stack", () => {
    const { logger, lines } = capture();
    const error = new Error(`fetch failed for http://localhost:3000/invite/${token}`);
    logger.error({ err: error, request: { method: "POST", path: `/api/r/${token}/answers` } }, "request failed");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(token);
    expect(JSON.parse(lines[0]!)).toMatchObject({ request: { path: "/api/r/[redacted]/answers" }, err: { message: expect.stringContaining("/invite/[redacted]") } });
  });

  it("still redacts credentials in headers", () => {
    const { logger, lines } = capture();
    logger.warn({ headers: { cookie: "session=secret" } }, "odd request");
    expect(lines[0]).not.toContain("session=secret");
  });
});
