import { describe, expect, it } from "vitest";

import { answerInput, evidenceUrlProblem, isAnswered, LEGACY_DEVICE_ID, roundInput } from "./inputs";

describe("round input", () => {
  it("accepts empty dates and rejects a closing date before the opening date", () => {
    expect(roundInput.parse({ name: "H2 2027", opensOn: "", closesOn: "", groups: [] })).toMatchObject({ opensOn: null, closesOn: null });
    expect(roundInput.safeParse({ name: "H2 2027", opensOn: "2027-07-10", closesOn: "2027-07-01", groups: [] }).success).toBe(false);
  });

  it.each([
    ["2027-02-30", "opensOn"],
    ["2027-02-29", "opensOn"],
    ["2027-04-31", "closesOn"],
    ["2027-13-01", "closesOn"],
    ["2027-00-10", "opensOn"],
  ])("rejects the impossible date %s in %s with a message naming the field, instead of rolling it over", (date, field) => {
    const result = roundInput.safeParse({ name: "H2 2027", opensOn: "", closesOn: "", groups: [], [field]: date });
    expect(result.success).toBe(false);
    const label = field === "opensOn" ? "Opening date" : "Closing date";
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [field], message: `${label} must be a real date such as 2027-01-31: ${date} does not exist.` })]);
  });

  it("accepts the 29th of February in a leap year", () => {
    expect(roundInput.parse({ name: "H1 2028", opensOn: "2028-02-29", closesOn: "2028-03-31", groups: [] })).toMatchObject({ opensOn: "2028-02-29" });
  });
});

describe("answer input", () => {
  const device = "d3v1ce-0123456789abcdef";
  const valid = { dimensionId: "extent", currentLevel: 2, currentDontKnow: false, targetLevel: 4, targetDontKnow: false, comment: "", evidenceUrl: "", deviceId: device, deviceRevision: 1_795_000_000_000 };

  it("normalises empty comment and link to none", () => {
    expect(answerInput.parse(valid)).toMatchObject({ comment: null, evidenceUrl: null, deviceId: device, deviceRevision: 1_795_000_000_000 });
  });

  it("leaves the evidence link out when the browser leaves it out, so the server keeps what it has", () => {
    const { evidenceUrl: _left, ...withoutLink } = valid;
    expect(answerInput.parse(withoutLink).evidenceUrl).toBeUndefined();
  });

  it("reads a page from before device ids as one legacy device, its revision as the device revision", () => {
    const { deviceId: _id, deviceRevision: _revision, ...legacy } = valid;
    expect(answerInput.parse({ ...legacy, revision: 7 })).toMatchObject({ deviceId: LEGACY_DEVICE_ID, deviceRevision: 7 });
  });

  it.each([
    [{ currentLevel: 0 }, "currentLevel"],
    [{ currentLevel: 2.5 }, "currentLevel"],
    [{ targetLevel: 3, targetDontKnow: true }, "targetLevel"],
    [{ currentLevel: 5, targetLevel: 1 }, "comment"],
    [{ evidenceUrl: "ftp://files.example" }, "evidenceUrl"],
    [{ evidenceUrl: "sharepoint/x" }, "evidenceUrl"],
    [{ deviceRevision: 0 }, "deviceRevision"],
    [{ deviceRevision: undefined }, "deviceRevision"],
    [{ deviceId: "short" }, "deviceId"],
    [{ deviceId: "has spaces and is long enough" }, "deviceId"],
  ])("rejects %o at %s", (change, field) => {
    const result = answerInput.safeParse({ ...valid, ...change });
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("checks evidence links by the same rule in the browser and on the server", () => {
    for (const link of ["sharepoint/x", "javascript:alert(1)", "https://", `https://x.test/${"a".repeat(2000)}`]) {
      const problem = evidenceUrlProblem(link);
      expect(problem, link).not.toBeNull();
      expect(answerInput.safeParse({ ...valid, evidenceUrl: link }).error?.issues).toEqual([expect.objectContaining({ path: ["evidenceUrl"], message: problem })]);
    }
    for (const link of ["", "  ", "https://intranet.example/report", "http://wiki/page"]) expect(evidenceUrlProblem(link), link).toBeNull();
  });

  it("counts an answer once both sides are given, \"don't know\" included", () => {
    expect(isAnswered({ currentLevel: null, currentDontKnow: true, targetLevel: 3, targetDontKnow: false })).toBe(true);
    expect(isAnswered({ currentLevel: 2, currentDontKnow: false, targetLevel: null, targetDontKnow: false })).toBe(false);
  });
});
