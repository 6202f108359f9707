import { describe, expect, it } from "vitest";

import { isConsistentMembership, reaches, scopeOfMembership, type ReaderScope } from "./scope";

const acme = { workspaceId: "ws-1", organizationId: "org-acme" };
const globex = { workspaceId: "ws-1", organizationId: "org-globex" };
const elsewhere = { workspaceId: "ws-2", organizationId: "org-acme" };

describe("reader scopes", () => {
  it("a workspace member reaches every organization of their workspace and none of another", () => {
    const scope = scopeOfMembership({ workspaceId: "ws-1", role: "VIEWER", organizationId: null });
    expect(reaches(scope, acme)).toBe(true);
    expect(reaches(scope, globex)).toBe(true);
    expect(reaches(scope, elsewhere)).toBe(false);
  });

  it("a client executive reaches their one organization and no other, not even in the same workspace", () => {
    const scope = scopeOfMembership({ workspaceId: "ws-1", role: "CLIENT", organizationId: "org-acme" });
    expect(scope).toEqual({ kind: "organization", workspaceId: "ws-1", organizationId: "org-acme", via: "membership" });
    expect(reaches(scope, acme)).toBe(true);
    expect(reaches(scope, globex)).toBe(false);
    // An organization id is only unique with its workspace: the same id elsewhere is someone else's.
    expect(reaches(scope, elsewhere)).toBe(false);
  });

  it("a share link reaches exactly its organization", () => {
    const scope: ReaderScope = { kind: "organization", via: "share-link", ...acme };
    expect(reaches(scope, acme)).toBe(true);
    expect(reaches(scope, globex)).toBe(false);
    expect(reaches(scope, elsewhere)).toBe(false);
  });

  it("fails closed: a client membership without an organization reaches nothing, and no scope reaches nothing", () => {
    const broken = scopeOfMembership({ workspaceId: "ws-1", role: "CLIENT", organizationId: null });
    expect(broken).toBeNull();
    expect(reaches(broken, acme)).toBe(false);
  });

  it("an organization on a workspace-wide role is inconsistent, as is a client without one", () => {
    expect(isConsistentMembership("CLIENT", "org-acme")).toBe(true);
    expect(isConsistentMembership("CLIENT", null)).toBe(false);
    expect(isConsistentMembership("OWNER", null)).toBe(true);
    expect(isConsistentMembership("VIEWER", "org-acme")).toBe(false);
  });
});

describe("where a member lands", () => {
  it("is the workspace for a colleague and the organization's executive view for a client executive", async () => {
    const { workspaceHomePath } = await import("./scope");
    expect(workspaceHomePath("acme-consulting", null)).toBe("/w/acme-consulting");
    expect(workspaceHomePath("acme-consulting", "org-acme")).toBe("/w/acme-consulting/organizations/org-acme/executive");
  });
});
