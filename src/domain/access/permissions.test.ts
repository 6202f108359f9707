import { describe, expect, it } from "vitest";

import { allRoles, can, isOrganizationScoped, isRole, permissionsOf, type Permission, type Role } from "./permissions";

// The access matrix as the README documents it, written out cell by cell rather than derived from
// the code, so that granting a permission to the wrong role (or forgetting one) fails here.
const documented: Record<Permission, readonly Role[]> = {
  "workspace.read": ["OWNER", "CONSULTANT", "VIEWER"],
  "organization.read": ["OWNER", "CONSULTANT", "VIEWER"],
  "round.read": ["OWNER", "CONSULTANT", "VIEWER"],
  "member.read": ["OWNER", "CONSULTANT", "VIEWER"],
  // The client executive's only permission, limited to their organization by the scope (scope.test.ts).
  "executive.read": ["OWNER", "CONSULTANT", "VIEWER", "CLIENT"],
  "client-access.manage": ["OWNER", "CONSULTANT"],
  "report.download": ["OWNER", "CONSULTANT", "VIEWER"],
  "organization.create": ["OWNER", "CONSULTANT"],
  "organization.update": ["OWNER", "CONSULTANT"],
  "organization.archive": ["OWNER", "CONSULTANT"],
  "round.manage": ["OWNER", "CONSULTANT"],
  "framework.import": ["OWNER", "CONSULTANT"],
  "boundaries.manage": ["OWNER", "CONSULTANT"],
  "plan.manage": ["OWNER", "CONSULTANT"],
  "organization.export": ["OWNER", "CONSULTANT"],
  "mail.outbox": ["OWNER", "CONSULTANT"],
  "organization.delete": ["OWNER"],
  "member.invite": ["OWNER"],
  "member.update-role": ["OWNER"],
  "member.remove": ["OWNER"],
  "audit.read": ["OWNER"],
};

describe("workspace permissions", () => {
  it.each(allRoles)("%s has exactly the documented permissions", (role) => {
    const expected = (Object.keys(documented) as Permission[]).filter((permission) => documented[permission].includes(role)).sort();
    expect([...permissionsOf(role)].sort()).toEqual(expected);
    for (const permission of Object.keys(documented) as Permission[]) expect(can(role, permission), `${role} ${permission}`).toBe(documented[permission].includes(role));
  });

  it("has no permission the documentation does not know", () => {
    expect(permissionsOf("OWNER").filter((permission) => !(permission in documented))).toEqual([]);
  });

  it("recognises only the four roles, of which only the client executive is scoped to an organization", () => {
    expect(allRoles.every(isRole)).toBe(true);
    expect(allRoles.filter(isOrganizationScoped)).toEqual(["CLIENT"]);
    expect(isRole("ADMIN")).toBe(false);
    expect(isRole("owner")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
