// Who may do what inside a workspace. Pure data and one function, so the same rules drive the data
// layer's checks, what the UI offers, and the documentation table in the README.

export const roles = ["OWNER", "CONSULTANT", "VIEWER"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  OWNER: "Owner",
  CONSULTANT: "Consultant",
  VIEWER: "Viewer",
};

export const roleDescriptions: Record<Role, string> = {
  OWNER: "Manages members, invitations and the audit log, and everything a consultant can do.",
  CONSULTANT: "Creates and runs organizations and assessment rounds.",
  VIEWER: "Reads organizations and results; changes nothing.",
};

// Each role has everything the role below it has, plus its own; written once per tier so the
// hierarchy cannot drift.
// "report.download": the report pack of a round (PDF, PowerPoint, workbook, CSV). "organization.export":
// the whole organization as JSON, names and e-mail addresses of participants included.
const viewerPermissions = ["workspace.read", "organization.read", "round.read", "member.read", "report.download"] as const;
const consultantPermissions = [...viewerPermissions, "round.manage", "mail.outbox", "organization.create", "organization.update", "organization.archive", "plan.manage", "organization.export", "framework.import", "boundaries.manage"] as const;
const ownerPermissions = [...consultantPermissions, "organization.delete", "member.invite", "member.update-role", "member.remove", "audit.read"] as const;

const permissionsByRole = {
  OWNER: ownerPermissions,
  CONSULTANT: consultantPermissions,
  VIEWER: viewerPermissions,
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof permissionsByRole)["OWNER"][number];

export function can(role: Role, permission: Permission): boolean {
  return (permissionsByRole[role] as readonly Permission[]).includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return permissionsByRole[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}
