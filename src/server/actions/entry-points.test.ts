import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

// Authorization by construction: every way into the app from the network is a server action made by
// defineAction or a route handler made by defineRoute, each of which authenticates, authorizes,
// validates, audits refusals and maps errors in one place. This test reads the source and fails on
// any entry point written another way (a plain `export async function` in a "use server" module, an
// inline "use server" function, a route handler not wrapped). A route that must bypass the wrapper
// is listed below with the reason.

const root = path.resolve(import.meta.dirname, "../../..");
const src = path.join(root, "src");

const ROUTES_OUTSIDE_THE_WRAPPER: Record<string, string> = {
  "src/app/api/auth/[...all]/route.ts": "better-auth's own handler; src/server/auth/auth.ts allow-lists the few endpoints it serves",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function hasDirective(statements: readonly ts.Statement[], directive: string): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === directive) return true;
  }
  return false;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function calleeName(expression: ts.Expression | undefined): string | undefined {
  return expression && ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) ? expression.expression.text : undefined;
}

/** Every exported value of a module, with the function that made it (undefined if not a call). */
function exportedValues(source: ts.SourceFile): { name: string; madeBy: string | undefined }[] {
  const found: { name: string; madeBy: string | undefined }[] = [];
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) found.push({ name: "default", madeBy: calleeName(statement.expression) });
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) found.push({ name: `re-export ${statement.getText(source).slice(0, 60)}`, madeBy: undefined });
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement)) found.push({ name: statement.name?.text ?? "default", madeBy: undefined });
    if (ts.isClassDeclaration(statement)) found.push({ name: statement.name?.text ?? "default", madeBy: undefined });
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) found.push({ name: declaration.name.getText(source), madeBy: calleeName(declaration.initializer) });
    }
  }
  return found;
}

/** "use server" inside a function body makes that function a server action too. */
function inlineServerFunctions(source: ts.SourceFile): number {
  let count = 0;
  const visit = (node: ts.Node) => {
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) && node.body && ts.isBlock(node.body)) {
      if (hasDirective(node.body.statements, "use server")) count += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

const files = sourceFiles(src).map((file) => ({ file: path.relative(root, file).split(path.sep).join("/"), source: parse(file) }));
const actionModules = files.filter(({ source }) => hasDirective(source.statements, "use server"));
const routeModules = files.filter(({ file }) => /\/route\.tsx?$/.test(file));
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

describe("entry points from the network", () => {
  it("finds the app's server actions and routes (the scan itself works)", () => {
    expect(actionModules.map(({ file }) => file)).toContain("src/features/rounds/round-actions.ts");
    expect(routeModules.map(({ file }) => file)).toContain("src/app/api/health/route.ts");
  });

  it.each(actionModules.map(({ file, source }) => [file, source] as const))("%s: every export is made by defineAction or defineCommand", (_file, source) => {
    const bypasses = exportedValues(source).filter((entry) => entry.madeBy !== "defineAction" && entry.madeBy !== "defineCommand");
    expect(bypasses.map((entry) => entry.name)).toEqual([]);
  });

  it("has no inline \"use server\" functions", () => {
    const inline = files.filter(({ source }) => inlineServerFunctions(source) > 0).map(({ file }) => file);
    expect(inline).toEqual([]);
  });

  it.each(routeModules.filter(({ file }) => !(file in ROUTES_OUTSIDE_THE_WRAPPER)).map(({ file, source }) => [file, source] as const))(
    "%s: every HTTP handler is made by defineRoute",
    (_file, source) => {
      const handlers = exportedValues(source).filter((entry) => HTTP_METHODS.has(entry.name) || entry.madeBy === undefined);
      const bypasses = handlers.filter((entry) => HTTP_METHODS.has(entry.name) && entry.madeBy !== "defineRoute");
      expect(bypasses.map((entry) => entry.name)).toEqual([]);
    },
  );

  it("lists every route kept outside the wrapper with a reason, and each still exists", () => {
    for (const file of Object.keys(ROUTES_OUTSIDE_THE_WRAPPER)) expect(routeModules.map((module) => module.file)).toContain(file);
  });
});
