import { describe, expect, it } from "vitest";

import { neutraliseCell } from "./spreadsheet-cell";

describe("neutraliseCell", () => {
  it.each(["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("neutralises %j", (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(["Plain comment", "", "1 = 1", "'already quoted", "email@example.com"])("leaves %j alone", (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});
