import { describe, expect, it } from "vitest";

import { frameworkSchema } from "../framework/framework-schema";
import { builtInFrameworks, findBuiltInFramework, frameworkKey, getBuiltInFramework, UnknownFrameworkError } from "./index";

describe("built-in framework registry", () => {
  it.each(builtInFrameworks.map((framework) => [frameworkKey(framework), framework] as const))("%s passes the framework schema", (_key, framework) => {
    expect(frameworkSchema.safeParse(framework).error?.issues ?? []).toEqual([]);
  });

  it("holds each id and version once", () => {
    const keys = builtInFrameworks.map(frameworkKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("finds a framework by id and version", () => {
    expect(getBuiltInFramework("mpem", "1.0").name).toBe("Mindtree Personalization Effectiveness Model");
  });

  it("treats an unknown id or version as an error, not as MPEM", () => {
    expect(() => getBuiltInFramework("nope", "1.0")).toThrow(UnknownFrameworkError);
    expect(() => getBuiltInFramework("mpem", "9.9")).toThrow('No framework "mpem" version 9.9 is known to this app.');
    expect(findBuiltInFramework("mpem", "9.9")).toBeUndefined();
  });
});
