import type { Framework } from "@/domain/framework/framework-schema";
import { frameworkChoiceValue } from "@/domain/framework/framework-versions";
import { defaultFramework } from "@/domain/frameworks";
import type { FrameworkChoices } from "@/server/frameworks";

// The choice of framework for a new round: the built-in ones, then the workspace's own models, each
// model's latest version first (the one a new round should normally use) and its older versions
// after it, so a re-assessment can stay on the version an earlier round used.

export type FrameworkOption = { value: string; label: string };
export type FrameworkOptionGroup = { label: string; options: FrameworkOption[] };

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function describe(framework: Framework, isLatest: boolean): string {
  const size = `${plural(framework.dimensions.length, "dimension")}, ${plural(framework.levels.length, "level")}`;
  // The short name first: a phone's select shows only the start of the label.
  return `${framework.shortName} ${framework.version}: ${framework.name} (${size})${isLatest ? "" : " · older version"}`;
}

function optionsOf(versionsNewestFirst: readonly Framework[]): FrameworkOption[] {
  return versionsNewestFirst.map((framework, index) => ({ value: frameworkChoiceValue(framework), label: describe(framework, index === 0) }));
}

export function frameworkOptionGroups(choices: FrameworkChoices): FrameworkOptionGroup[] {
  const builtInIds = [...new Set(choices.builtIn.map((framework) => framework.id))];
  const groups: FrameworkOptionGroup[] = [{ label: "Built in", options: builtInIds.flatMap((id) => optionsOf(choices.builtIn.filter((framework) => framework.id === id))) }];
  if (choices.imported.length > 0) {
    groups.push({ label: "Imported by this workspace", options: choices.imported.flatMap((versions) => optionsOf(versions.map((entry) => entry.framework))) });
  }
  return groups;
}

/** The choice selected until the consultant picks another. */
export const defaultFrameworkChoice = frameworkChoiceValue(defaultFramework);
