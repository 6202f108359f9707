import { describe, expect, it } from "vitest";

import { parseParticipantList } from "./participant-list";

const entries = (raw: string) => parseParticipantList(raw).entries;

describe("parsing a pasted participant list", () => {
  it("reads comma-separated lines, skipping blank ones, with their line numbers", () => {
    expect(entries("Ana, ana@example.test, Marketing\n\n  Bob , IT\nCy\nDee, dee@example.test")).toEqual([
      { line: 1, displayName: "Ana", email: "ana@example.test", group: "Marketing" },
      { line: 3, displayName: "Bob", email: "", group: "IT" },
      { line: 4, displayName: "Cy", email: "", group: "" },
      { line: 5, displayName: "Dee", email: "dee@example.test", group: "" },
    ]);
  });

  it("splits a spreadsheet row on tabs only, so a comma inside a name stays in the name", () => {
    expect(entries("Doe, Jane\tjane.doe@example.test\tMarketing\r\nRoe, Rick\trick@example.test\tIT\r\n")).toEqual([
      { line: 1, displayName: "Doe, Jane", email: "jane.doe@example.test", group: "Marketing" },
      { line: 2, displayName: "Roe, Rick", email: "rick@example.test", group: "IT" },
    ]);
  });

  it("honours CSV quotes", () => {
    expect(entries('"Doe, Jane", jane@example.test, "Sales, EMEA"')).toEqual([{ line: 1, displayName: "Doe, Jane", email: "jane@example.test", group: "Sales, EMEA" }]);
  });

  it("recognises a header row and uses it to find each column, whatever their order", () => {
    const parsed = parseParticipantList("E-mail\tName\tTeam\nana@example.test\tAna\tMarketing\n\tBob\tIT");
    expect(parsed.headerLine).toBe(1);
    expect(parsed.entries).toEqual([
      { line: 2, displayName: "Ana", email: "ana@example.test", group: "Marketing" },
      { line: 3, displayName: "Bob", email: "", group: "IT" },
    ]);
    expect(parseParticipantList("Name, Email, Group\nAna, ana@example.test, IT").entries).toEqual([{ line: 2, displayName: "Ana", email: "ana@example.test", group: "IT" }]);
  });

  it("does not take a person called Name, or a line with an address, for a header", () => {
    expect(parseParticipantList("Name, name@example.test\nBob").headerLine).toBeNull();
    expect(parseParticipantList("Ana, Marketing").headerLine).toBeNull();
  });

  it("keeps a malformed e-mail in the e-mail field, so validation can name it", () => {
    expect(entries("Bob, not-an-email, IT")[0]).toMatchObject({ email: "not-an-email", group: "IT" });
  });

  it("gives nothing for an empty paste", () => {
    expect(parseParticipantList("  \n\t\n")).toEqual({ entries: [], headerLine: null });
  });
});
