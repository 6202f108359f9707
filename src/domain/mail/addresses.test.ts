import { describe, expect, it } from "vitest";

import { addressProblem, describeAddressProblem } from "./addresses";

describe("addressProblem", () => {
  it("accepts an ordinary address", () => {
    expect(addressProblem("anna.berg@example.com")).toBeNull();
    expect(addressProblem("a+tag@mail.example.co.uk")).toBeNull();
  });

  it("names what is wrong", () => {
    expect(addressProblem(null)).toBe("has no e-mail address");
    expect(addressProblem("anna@example")).toContain("not valid");
    expect(addressProblem("anna@exa mple.com")).toContain("not valid");
    expect(addressProblem("anna@example.com\r\nBcc: x@y.z")).toContain("not valid");
    expect(addressProblem(`${"a".repeat(250)}@example.com`)).toContain("longer than 254");
  });

  it("puts the person's name and the address in the message", () => {
    expect(describeAddressProblem("Anna Berg", "anna@example,com")).toBe('Anna Berg has an e-mail address that is not valid: "anna@example,com".');
  });
});
