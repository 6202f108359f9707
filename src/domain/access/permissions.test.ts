import { describe, expect, it } from "vitest";

import { can, isRole, permissionsOf, roles } from "./permissions";

describe("workspace permissions", () => {
  it("lets owners do everything consultants can, and consultants everything viewers can", () => {
    for (const permission of permissionsOf("VIEWER")) expect(can("CONSULTANT", permission)).toBe(true);
    for (const permission of permissionsOf("CONSULTANT")) expect(can("OWNER", permission)).toBe(true);
  });

  it("keeps viewers read-only", () => {
    expect(permissionsOf("VIEWER").every((permission) => permission.endsWith(".read"))).toBe(true);
    expect(can("VIEWER", "organization.create")).toBe(false);
    expect(can("VIEWER", "organization.update")).toBe(false);
  });

  it("reserves members, invitations and the audit log to owners", () => {
    for (const permission of ["member.invite", "member.update-role", "member.remove", "audit.read"] as const) {
      expect(can("OWNER", permission)).toBe(true);
      expect(can("CONSULTANT", permission)).toBe(false);
      expect(can("VIEWER", permission)).toBe(false);
    }
  });

  it("lets consultants run organizations", () => {
    for (const permission of ["organization.create", "organization.update", "organization.archive"] as const) {
      expect(can("CONSULTANT", permission)).toBe(true);
    }
  });

  it("lets consultants and owners, not viewers, import frameworks and edit boundaries reviews", () => {
    for (const permission of ["framework.import", "boundaries.manage"] as const) {
      expect(can("OWNER", permission)).toBe(true);
      expect(can("CONSULTANT", permission)).toBe(true);
      expect(can("VIEWER", permission)).toBe(false);
    }
  });

  it("recognises only the three roles", () => {
    expect(roles.every(isRole)).toBe(true);
    expect(isRole("ADMIN")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
