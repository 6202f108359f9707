import { describe, expect, it } from "vitest";

import { isDatabaseUnavailable } from "./database-unavailable";

const prismaError = (code: string, cause: Record<string, unknown>) => Object.assign(new Error("Invalid invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("telling an unreachable database from a bug", () => {
  it.each([
    ["a refused connection, through Prisma", prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["a connection closed mid-query", prismaError("P2010", { kind: "ConnectionClosed" })],
    ["too many connections", prismaError("P2010", { kind: "TooManyConnections" })],
    ["the server shutting down (57P01)", prismaError("P2010", { kind: "postgres", code: "57P01" })],
    ["the server starting up (57P03)", prismaError("P2010", { kind: "postgres", code: "57P03" })],
    ["Prisma's own can't-reach code", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["pg's lost connection", new Error("Connection terminated unexpectedly")],
    ["a socket error wrapped as a cause", new Error("query failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) })],
  ])("counts %s as unavailable", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a syntax error in SQL", prismaError("P2010", { kind: "postgres", code: "42601" })],
    ["a plain bug", new TypeError("Cannot read properties of undefined")],
    ["nothing at all", undefined],
  ])("does not count %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
