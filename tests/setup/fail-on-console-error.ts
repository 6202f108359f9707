import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error usually means a swallowed failure, so it fails the test. A test that
// expects one gives console.error its own mock implementation, which replaces this collector.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called unexpectedly:\n${errors.map((args) => args.map(String).join(" ")).join("\n")}`);
  }
});
