import type { Framework } from "../framework/framework-schema";
import { mpem } from "./mpem";
import { tcsDataMaturity } from "./tcs-data-maturity";

// The frameworks that ship with the app, keyed by id and version. Rounds store both, so a round keeps
// the exact model it was run on; a workspace's imported models are resolved by the server from the
// database, through the same lookup shape.

export const builtInFrameworks: readonly Framework[] = [mpem, tcsDataMaturity];

/** What a new round uses unless the consultant chooses another framework. */
export const defaultFramework: Framework = mpem;

export class UnknownFrameworkError extends Error {
  constructor(
    readonly frameworkId: string,
    readonly frameworkVersion?: string,
  ) {
    super(`No framework "${frameworkId}"${frameworkVersion === undefined ? "" : ` version ${frameworkVersion}`} is known to this app.`);
    this.name = "UnknownFrameworkError";
  }
}

export function frameworkKey(framework: Pick<Framework, "id" | "version">): string {
  return `${framework.id}@${framework.version}`;
}

/** A built-in framework by id and version, or undefined. */
export function findBuiltInFramework(id: string, version: string): Framework | undefined {
  return builtInFrameworks.find((framework) => framework.id === id && framework.version === version);
}

/** A built-in framework by id and version; an unknown one is an error, never a silent fallback. */
export function getBuiltInFramework(id: string, version: string): Framework {
  const framework = findBuiltInFramework(id, version);
  if (!framework) throw new UnknownFrameworkError(id, version);
  return framework;
}
