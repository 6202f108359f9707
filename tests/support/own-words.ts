import { readFileSync } from "node:fs";
import path from "node:path";

// Guards "in our own words" for text written from a source that comes with no licence to reuse it:
// no run of `length` consecutive words of ours may appear in the source. Case, punctuation and
// whitespace are ignored, and so are hyphens and apostrophes, so "life-time" and "lifetime" or
// "customer's" and "customers" cannot slip through as different words.

function normalizedWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u2018\u2019'`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

function runsOf(words: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let start = 0; start + length <= words.length; start += 1) runs.push(words.slice(start, start + length).join(" "));
  return runs;
}

export type SharedRun = { where: string; run: string };

/** Every run of `length` words that one of `texts` shares with `source`. */
export function findSharedWordRuns(texts: readonly { where: string; text: string }[], source: string, length = 6): SharedRun[] {
  const sourceRuns = new Set(runsOf(normalizedWords(source), length));
  return texts.flatMap(({ where, text }) => runsOf(normalizedWords(text), length).filter((run) => sourceRuns.has(run)).map((run) => ({ where, run })));
}

/** Every string in a nested value, with where it was found ("tcs.dimensions[1].descriptors.leading"). */
export function collectStrings(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === "string") return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectStrings(item, `${where}[${index}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => collectStrings(item, `${where}.${key}`));
  return [];
}

/**
 * A source document from the project's shared folder, which sits beside the repository
 * (`../shared/seeds/` from the repository root, as in every clone this project is built in).
 */
export function readSharedSeed(fileName: string): string {
  return readFileSync(path.resolve(import.meta.dirname, "../../../shared/seeds", fileName), "utf8");
}
