import type { Framework } from "../framework/framework-schema";
import { mpem } from "./mpem";

// Every framework the app knows, by id. Rounds store the id and version, so a second framework is
// one more entry here and one more data file.
export const frameworks = { mpem } as const satisfies Record<string, Framework>;

export type FrameworkId = keyof typeof frameworks;

export const defaultFramework = mpem;

export function getFramework(id: string): Framework | undefined {
  return Object.hasOwn(frameworks, id) ? frameworks[id as FrameworkId] : undefined;
}
