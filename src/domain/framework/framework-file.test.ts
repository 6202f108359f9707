import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

import { mpem } from "../frameworks/mpem";
import { formatFrameworkFileError, frameworkFileLimits, parseFrameworkFile, type FrameworkFileResult } from "./framework-file";

const yamlModel = readFileSync(path.resolve(import.meta.dirname, "../../../tests/fixtures/frameworks/acme-customer-data.yaml"), "utf8");
const jsonModel = JSON.stringify(parseYaml(yamlModel), null, 2);

/** The 1-based number of the first line containing `needle` (so tests do not hard-code shifting numbers). */
function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split("\n");
  const index = lines.findIndex((line, position) => position >= after && line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

function errorsOf(result: FrameworkFileResult) {
  if (result.ok) throw new Error("expected errors, got a framework");
  return result.errors;
}

describe("reading a framework file", () => {
  it("reads a valid four-level model written in YAML", () => {
    const result = parseFrameworkFile(yamlModel);
    expect(result.ok ? [] : result.errors.map(formatFrameworkFileError)).toEqual([]);
    if (!result.ok) return;
    expect(result.framework.levels.map((level) => level.name)).toEqual(["Ad hoc", "Repeatable", "Managed", "Optimized"]);
    expect(result.framework.version).toBe("2.1");
    expect(result.framework.dimensions[2]?.descriptors.optimized).toBe("Offers are chosen for each person at the moment of contact.");
    expect(result.framework.outcomes[0]?.dimensionIds).toEqual(["consent", "targeting"]);
  });

  it("reads the same model written in JSON, and MPEM itself", () => {
    expect(parseFrameworkFile(jsonModel)).toEqual(parseFrameworkFile(yamlModel));
    const mpemResult = parseFrameworkFile(JSON.stringify(mpem));
    expect(mpemResult.ok && mpemResult.framework).toEqual(mpem);
    expect(parseFrameworkFile(`\uFEFF${jsonModel}`).ok).toBe(true);
  });

  it("names the field and the line of a schema mistake in YAML", () => {
    const broken = yamlModel.replace("      managed: Consent is recorded per channel and purpose.", '      managed: ""');
    const errors = errorsOf(parseFrameworkFile(broken));
    expect(errors).toEqual([{ line: lineOf(broken, 'managed: ""'), column: 16, path: "dimensions[1].descriptors.managed", message: "must not be empty" }]);
    expect(formatFrameworkFileError(errors[0]!)).toBe(`Line ${lineOf(broken, 'managed: ""')}, column 16: dimensions[1].descriptors.managed: must not be empty`);
  });

  it("names the field and the line of a schema mistake in JSON", () => {
    const broken = jsonModel.replace('"shortName": "Consent"', '"shortName": "Consent and preferences"');
    const [error] = errorsOf(parseFrameworkFile(broken));
    expect(error).toMatchObject({ line: lineOf(broken, '"shortName": "Consent and'), path: "dimensions[1].shortName" });
    expect(error?.message).toMatch(/at most 16 characters/);
  });

  it("gives a syntax error with its line, in YAML and in JSON", () => {
    const yamlBroken = yamlModel.replace("    shortName: Quality\n", "    shortName: Quality\n   includes: misaligned\n");
    const [yamlError] = errorsOf(parseFrameworkFile(yamlBroken));
    expect(yamlError?.line).toBe(lineOf(yamlBroken, "includes: misaligned"));
    expect(yamlError?.message).toMatch(/^not valid YAML: /);

    const jsonBroken = jsonModel.replace('"name": "Data quality",', '"name": "Data quality"');
    const jsonErrors = errorsOf(parseFrameworkFile(jsonBroken));
    expect(jsonErrors).toHaveLength(1);
    expect(jsonErrors[0]?.line).toBe(lineOf(jsonBroken, '"name": "Data quality"') + 1);
    expect(jsonErrors[0]?.message).toMatch(/^not valid JSON: Expected ',' or '}' after property value$/);
  });

  it("points at an unknown field, a duplicate id, a duplicate key and a missing field", () => {
    const unknown = yamlModel.replace("    usesPersonalData: true\n", "    usesPersonalDta: true\n");
    expect(errorsOf(parseFrameworkFile(unknown))).toEqual([
      { line: lineOf(unknown, "usesPersonalDta"), column: 5, path: "dimensions[1].usesPersonalDta", message: "is not a field here (check its spelling)" },
    ]);

    const duplicateId = yamlModel.replace("  - id: consent\n", "  - id: data-quality\n").replaceAll("[consent, targeting]", "[targeting]");
    expect(errorsOf(parseFrameworkFile(duplicateId))).toEqual([
      { line: lineOf(duplicateId, "- id: data-quality", lineOf(duplicateId, "- id: data-quality")), column: 9, path: "dimensions[1].id", message: 'duplicate id "data-quality"' },
    ]);

    const duplicateKey = yamlModel.replace("shortName: Acme CDM\n", "shortName: Acme CDM\nname: Again\n");
    expect(errorsOf(parseFrameworkFile(duplicateKey))).toEqual([
      { line: lineOf(duplicateKey, "name: Again"), column: 1, path: null, message: "the key name appears twice in the same mapping" },
    ]);
    expect(errorsOf(parseFrameworkFile('{"id": "a", "id": "b"}'))[0]?.message).toBe('the key "id" appears twice in the same mapping');

    const missing = yamlModel.replace("      optimized: Offers are chosen for each person at the moment of contact.\n", "");
    expect(errorsOf(parseFrameworkFile(missing))).toEqual([
      {
        line: lineOf(missing, "ad-hoc: Everyone gets"),
        column: 7,
        path: "dimensions[2].descriptors",
        message: 'dimension "targeting" has no descriptor for level "optimized"',
      },
    ]);

    const noPurpose = yamlModel.replace(/^purpose: .*\n/m, "");
    expect(errorsOf(parseFrameworkFile(noPurpose))).toEqual([{ line: 2, column: 1, path: "purpose", message: "is required (text)" }]);
  });

  it("lists the allowed values of a field with a fixed set", () => {
    const wrong = yamlModel.replace("nameSource: source", "nameSource: ours");
    expect(errorsOf(parseFrameworkFile(wrong))).toEqual([
      { line: lineOf(wrong, "nameSource: ours"), column: 17, path: "outcomes[0].nameSource", message: 'must be one of "source" or "editorial"' },
    ]);
  });

  it("suggests quotes when YAML reads a version as a number", () => {
    const unquoted = yamlModel.replace('version: "2.1"', "version: 2.10");
    expect(errorsOf(parseFrameworkFile(unquoted))).toEqual([
      { line: lineOf(unquoted, "version: 2.10"), column: 10, path: "version", message: 'must be text (write it in quotes: "2.10")' },
    ]);
  });

  it("refuses files that are empty, not a mapping, several documents, or absurdly large", () => {
    expect(errorsOf(parseFrameworkFile("  \n# nothing\n")).map((error) => error.message)).toEqual(["the file is empty"]);
    expect(errorsOf(parseFrameworkFile("- a\n- b\n"))[0]?.message).toMatch(/^the file must hold one framework/);
    expect(errorsOf(parseFrameworkFile("[1, 2]"))[0]?.message).toMatch(/^the file must hold one framework/);
    expect(errorsOf(parseFrameworkFile(`${yamlModel}---\n${yamlModel}`))[0]).toMatchObject({ line: lineOf(`${yamlModel}---\n`, "---"), message: expect.stringMatching(/more than one YAML document/) });

    const huge = `${yamlModel}# ${"x".repeat(frameworkFileLimits.maxBytes)}\n`;
    expect(errorsOf(parseFrameworkFile(huge))).toEqual([{ line: null, column: null, path: null, message: "the file is 515 KB; a framework file may be at most 512 KB" }]);
  });

  it("caps the number of levels and dimensions and the length of texts", () => {
    const model = parseYaml(yamlModel);
    const levels = Array.from({ length: 12 }, (_, index) => ({ id: `l${index + 1}`, rank: index + 1, name: `Level ${index + 1}`, summary: ["Text."] }));
    const tooMany = JSON.stringify({ ...model, levels }, null, 2);
    expect(errorsOf(parseFrameworkFile(tooMany))).toContainEqual({ line: lineOf(tooMany, '"levels"'), column: 13, path: "levels", message: "at most 10 levels are allowed (this file has 12)" });

    const dimensions = Array.from({ length: 61 }, (_, index) => ({ ...model.dimensions[0], id: `d${index}` }));
    expect(errorsOf(parseFrameworkFile(JSON.stringify({ ...model, dimensions }))).map((error) => error.message)).toContain("at most 60 dimensions are allowed (this file has 61)");

    const longText = yamlModel.replace("name: Acme Customer Data Model", `name: ${"A".repeat(5001)}`);
    expect(errorsOf(parseFrameworkFile(longText))).toEqual([{ line: 4, column: 7, path: "name", message: "must be at most 5000 characters (it has 5001)" }]);
  });

  it("lists at most 50 errors, then says how many more", () => {
    const model = parseYaml(yamlModel);
    const dimensions = Array.from({ length: 60 }, (_, index) => ({ ...model.dimensions[0], id: `d${index}`, name: "" }));
    // 60 empty names, and the category "practice" left without dimensions.
    const errors = errorsOf(parseFrameworkFile(JSON.stringify({ ...model, dimensions, outcomes: [] })));
    expect(errors).toHaveLength(51);
    expect(errors[50]?.message).toBe("…and 11 more errors.");
  });
});
