import { describe, expect, it } from "vitest";

import { createWorkspaceInput, invitationInput, organizationInput, splitBusinessUnits } from "./inputs";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("organization input", () => {
  it("trims, turns an empty industry into none and de-duplicates business units", () => {
    const parsed = organizationInput.parse({ name: "  Acme  ", industry: " ", businessUnits: ["Stores", "", "Stores", " Online "] });
    expect(parsed).toEqual({ name: "Acme", industry: null, businessUnits: ["Stores", "Online"] });
  });

  it("says which field is wrong and why", () => {
    expect(messages(organizationInput.safeParse({ name: "", industry: "", businessUnits: [] }))).toEqual({ name: "Name is required." });
    expect(messages(organizationInput.safeParse({ name: "x".repeat(10_000), industry: "", businessUnits: [] }))).toEqual({
      name: "Name must be at most 120 characters.",
    });
    expect(messages(organizationInput.safeParse({ name: 42, industry: "", businessUnits: [] }))).toEqual({ name: "Name must be text." });
    expect(messages(organizationInput.safeParse({ name: "A\u0000B", industry: "", businessUnits: [] }))).toEqual({
      name: "Name contains characters that are not allowed.",
    });
  });

  it("keeps markup as plain text (escaping is the renderer's job)", () => {
    expect(organizationInput.parse({ name: "<script>alert(1)</script>", industry: "", businessUnits: [] }).name).toBe(
      "<script>alert(1)</script>",
    );
  });

  it("splits business units by line or comma", () => {
    expect(splitBusinessUnits("Stores\nOnline, Loyalty\r\n")).toEqual(["Stores", "Online", "Loyalty", ""]);
  });
});

describe("workspace and invitation input", () => {
  it("requires a workspace name", () => {
    expect(messages(createWorkspaceInput.safeParse({ name: "   " }))).toEqual({ name: "Workspace name is required." });
  });

  it("accepts only the three roles", () => {
    expect(invitationInput.parse({ role: "VIEWER", note: "" })).toEqual({ role: "VIEWER", note: null, email: null });
    expect(invitationInput.parse({ role: "VIEWER", note: "", email: " Ana@Example.com " })).toMatchObject({ email: "ana@example.com" });
    expect(messages(invitationInput.safeParse({ role: "VIEWER", note: "", email: "ana@" }))).toEqual({ email: "Enter a valid e-mail address, or leave it empty to copy the link yourself." });
    expect(messages(invitationInput.safeParse({ role: "ADMIN", note: "" }))).toEqual({
      role: "Choose a role: Owner, Consultant or Viewer.",
    });
  });
});
