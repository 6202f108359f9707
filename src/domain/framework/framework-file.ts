import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { z } from "zod";

import { frameworkSchema, type Framework } from "./framework-schema";

// A consultancy's own model, from a JSON or YAML file, checked against the same schema as the
// built-in frameworks. Every error carries the line (and column) it is about and names the field,
// because the reader has to find the mistake in their own file: "line 41, column 15:
// dimensions[2].descriptors.leader: must not be empty". The yaml package parses both formats and
// keeps each node's offset, which is how a schema error on a path finds its line.

/** Generous for real models (MPEM is about 40 KB, 11 dimensions, 5 levels), small enough to refuse junk early. */
export const frameworkFileLimits = {
  maxBytes: 512 * 1024,
  maxLevels: 10,
  maxCategories: 20,
  maxDimensions: 60,
  maxOutcomes: 50,
  /** Any other list (summary paragraphs, scenarios, includes items). */
  maxListItems: 100,
  maxTextLength: 5000,
  /** More errors than this are summarised: a reader fixes the first ones and tries again. */
  maxErrors: 50,
} as const;

export type FrameworkFileError = {
  /** 1-based; null when the error is about the whole file. */
  line: number | null;
  column: number | null;
  /** The field, as `dimensions[2].descriptors.leader`; null for errors not about one field. */
  path: string | null;
  message: string;
};

export type FrameworkFileResult = { ok: true; framework: Framework } | { ok: false; errors: FrameworkFileError[] };

type Path = readonly PropertyKey[];

export function formatFieldPath(path: Path): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      const key = String(segment);
      const plain = /^[A-Za-z_][\w-]*$/.test(key);
      if (!plain) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join("");
}

/** "Line 41, column 15: dimensions[2].descriptors.leader: must not be empty". */
export function formatFrameworkFileError(error: FrameworkFileError): string {
  const where = error.line === null ? "" : `Line ${error.line}${error.column === null ? "" : `, column ${error.column}`}: `;
  return `${where}${error.path ? `${error.path}: ` : ""}${error.message}`;
}

function fail(errors: FrameworkFileError[]): FrameworkFileResult {
  const sorted = [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (sorted.length <= frameworkFileLimits.maxErrors) return { ok: false, errors: sorted };
  const shown = sorted.slice(0, frameworkFileLimits.maxErrors);
  return { ok: false, errors: [...shown, { line: null, column: null, path: null, message: `…and ${sorted.length - shown.length} more errors.` }] };
}

function locate(lineCounter: LineCounter, offset: number | undefined) {
  if (offset === undefined) return { line: null, column: null };
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The deepest node along `path` (the whole path when it exists), and whether it was found entirely. */
function findNode(document: Document, path: Path, keyOfLast = false): { node: YamlNode | null; complete: boolean } {
  let node = (document.contents as YamlNode | null) ?? null;
  for (const [index, segment] of path.entries()) {
    let next: unknown = undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      next = keyOfLast && index === path.length - 1 ? pair?.key : pair?.value;
    } else if (isSeq(node) && typeof segment === "number") {
      next = node.items[segment];
    }
    if (!next || typeof next !== "object" || !("range" in next)) return { node, complete: false };
    node = next as YamlNode;
  }
  return { node, complete: true };
}

/** The key written at `offset` (the parser's error points at its first character only). */
function keyAt(text: string, offset: number): string {
  return /^(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^:,{}[\]\s]+)/.exec(text.slice(offset))?.[0] ?? "here";
}

function syntaxErrors(document: Document, lineCounter: LineCounter, text: string): FrameworkFileError[] {
  return document.errors.map((error) => {
    const message =
      error.code === "DUPLICATE_KEY"
        ? `the key ${keyAt(text, error.pos[0])} appears twice in the same mapping`
        : error.code === "MULTIPLE_DOCS"
          ? "the file holds more than one YAML document; put one framework in a file"
          : `not valid YAML: ${error.message}`;
    return { ...locate(lineCounter, error.pos[0]), path: null, message };
  });
}

function jsonSyntaxError(text: string, lineCounter: LineCounter): FrameworkFileError | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? locate(lineCounter, Number(position[1])) : { line: lineCounter.lineStarts.length, column: null };
    return { ...where, path: null, message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "")}` };
  }
}

function limitErrors(value: unknown, locateAt: (path: Path) => Omit<FrameworkFileError, "message">): FrameworkFileError[] {
  const errors: FrameworkFileError[] = [];
  const collections: Record<string, [number, string]> = {
    levels: [frameworkFileLimits.maxLevels, "levels"],
    categories: [frameworkFileLimits.maxCategories, "categories"],
    dimensions: [frameworkFileLimits.maxDimensions, "dimensions"],
    outcomes: [frameworkFileLimits.maxOutcomes, "outcomes"],
  };
  const walk = (item: unknown, path: Path) => {
    if (typeof item === "string" && item.length > frameworkFileLimits.maxTextLength) {
      errors.push({ ...locateAt(path), message: `must be at most ${frameworkFileLimits.maxTextLength} characters (it has ${item.length})` });
    } else if (Array.isArray(item)) {
      const [max, noun] = path.length === 1 && typeof path[0] === "string" && Object.hasOwn(collections, path[0]) ? collections[path[0]]! : [frameworkFileLimits.maxListItems, "items"];
      if (item.length > max) errors.push({ ...locateAt(path), message: `at most ${max} ${noun} are allowed (this file has ${item.length})` });
      else item.forEach((child, index) => walk(child, [...path, index]));
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) walk(child, [...path, key]);
    }
  };
  walk(value, []);
  return errors;
}

const typeWords: Record<string, string> = { string: "text", number: "a number", boolean: "true or false", array: "a list", object: "a mapping of fields" };

function schemaErrors(issues: readonly z.core.$ZodIssue[], document: Document, lineCounter: LineCounter, text: string, value: unknown): FrameworkFileError[] {
  const at = (path: Path, keyOfLast = false) => {
    const { node } = findNode(document, path, keyOfLast);
    return { ...locate(lineCounter, node?.range?.[0]), path: path.length > 0 ? formatFieldPath(path) : null };
  };
  return issues.flatMap((issue): FrameworkFileError[] => {
    const path = issue.path as Path;
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ ...at([...path, key], true), message: "is not a field here (check its spelling)" }));
    }
    if (issue.code === "invalid_type") {
      const { node, complete } = findNode(document, path);
      const expected = typeWords[issue.expected] ?? issue.expected;
      if (!complete) return [{ ...at(path), message: `is required (${expected})` }];
      const written = node?.range ? text.slice(node.range[0], node.range[1]) : "";
      const quoteHint = issue.expected === "string" && isScalar(node) && node.value !== null && typeof node.value !== "object" ? ` (write it in quotes: "${written}")` : "";
      return [{ ...at(path), message: `must be ${expected}${quoteHint}` }];
    }
    if (issue.code === "too_small" && issue.origin === "array") {
      return [{ ...at(path), message: `must have at least ${issue.minimum} ${issue.minimum === 1 ? "item" : "items"}` }];
    }
    if (issue.code === "invalid_value") {
      const options = issue.values.map((option) => JSON.stringify(option));
      return [{ ...at(path), message: `must be ${options.length === 1 ? options[0] : `one of ${options.slice(0, -1).join(", ")} or ${options.at(-1)}`}` }];
    }
    // The schema reports a duplicate id on the collection; point at the second item that uses it.
    const duplicate = /^duplicate id "(.*)"$/.exec(issue.message);
    const collection = path.length === 1 && typeof path[0] === "string" ? (value as Record<string, unknown>)[path[0]] : undefined;
    if (duplicate && Array.isArray(collection)) {
      const index = collection.findIndex((item, position) => position > 0 && collection.slice(0, position).some((earlier) => earlier?.id === duplicate[1]) && item?.id === duplicate[1]);
      if (index > 0) return [{ ...at([path[0]!, index, "id"]), message: issue.message }];
    }
    return [{ ...at(path), message: issue.message }];
  });
}

/** Parses and validates a framework file (JSON or YAML). Nothing is stored: the caller decides. */
export function parseFrameworkFile(input: string): FrameworkFileResult {
  const size = new TextEncoder().encode(input).length;
  if (size > frameworkFileLimits.maxBytes) {
    return fail([{ line: null, column: null, path: null, message: `the file is ${Math.ceil(size / 1024)} KB; a framework file may be at most ${frameworkFileLimits.maxBytes / 1024} KB` }]);
  }
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail([{ line: null, column: null, path: null, message: "the file is empty" }]);

  const lineCounter = new LineCounter();
  const looksLikeJson = /^\s*[{[]/.test(text);
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (looksLikeJson) {
    // JSON's own message ("Expected ',' or '}' after property value") reads better than YAML's for a JSON file.
    const jsonError = jsonSyntaxError(text, lineCounter);
    if (jsonError) return fail([jsonError]);
  }
  if (document.errors.length > 0) return fail(syntaxErrors(document, lineCounter, text));
  if (document.contents === null) return fail([{ line: null, column: null, path: null, message: "the file is empty" }]);
  if (!isMap(document.contents)) {
    const where = locate(lineCounter, (document.contents as YamlNode | null)?.range?.[0]);
    return fail([{ ...where, path: null, message: "the file must hold one framework: a mapping (YAML) or an object (JSON) with id, version, name, levels, categories and dimensions" }]);
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail([{ line: null, column: null, path: null, message: `the file cannot be read: ${error instanceof Error ? error.message : String(error)}` }]);
  }

  const errors = limitErrors(value, (path) => {
    const { node } = findNode(document, path);
    return { ...locate(lineCounter, node?.range?.[0]), path: formatFieldPath(path) };
  });
  const parsed = frameworkSchema.safeParse(value);
  if (!parsed.success) errors.push(...schemaErrors(parsed.error.issues, document, lineCounter, text, value));
  if (errors.length > 0 || !parsed.success) return fail(errors);
  return { ok: true, framework: parsed.data };
}
