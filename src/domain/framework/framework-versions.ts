import type { Framework } from "./framework-schema";

// Versions of a framework and how a form names one: "id@version". Ids are kebab-case (no "@"), so
// the first "@" separates them; a version is free text ("2.1", "2027 edition").

/** Orders versions as people read them: 1.9 < 1.10 < 2.0. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

export type FrameworkRef = { frameworkId: string; version: string };

export function frameworkChoiceValue(framework: Pick<Framework, "id" | "version">): string {
  return `${framework.id}@${framework.version}`;
}

/** "tcs-data-maturity@1.0" → its id and version; null for anything else. */
export function parseFrameworkChoice(value: unknown): FrameworkRef | null {
  if (typeof value !== "string" || value.length > 300) return null;
  const at = value.indexOf("@");
  if (at <= 0 || at === value.length - 1) return null;
  return { frameworkId: value.slice(0, at), version: value.slice(at + 1) };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

/** Whether two framework definitions say the same thing, whatever the order of their keys. */
export function sameDefinition(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
