// Who may do what inside a workspace. Pure data and one function, so the same rules drive the data
// layer's checks, what the UI offers, and the documentation table in the README.

/** The roles that see the whole workspace, offered when inviting a colleague or changing a role. */
export const roles = ["OWNER", "CONSULTANT", "VIEWER"] as const;
export type WorkspaceRole = (typeof roles)[number];
/**
 * A client executive: a member scoped to one organization of the workspace (the membership names it),
 * who reads that organization's executive view and nothing else. A consultancy's clients must never
 * see each other, so this role holds no workspace-wide permission at all.
 */
export const clientRole = "CLIENT" as const;
export type Role = WorkspaceRole | typeof clientRole;
export const allRoles = [...roles, clientRole] as const;

export const roleLabels: Record<Role, string> = {
  OWNER: "Owner",
  CONSULTANT: "Consultant",
  VIEWER: "Viewer",
  CLIENT: "Client executive",
};

export const roleDescriptions: Record<Role, string> = {
  OWNER: "Manages members, invitations and the audit log, and everything a consultant can do.",
  CONSULTANT: "Creates and runs organizations and assessment rounds.",
  VIEWER: "Reads organizations and results; changes nothing.",
  CLIENT: "Reads one organization's executive summary, heatmaps and trend; sees nothing else of the workspace.",
};

// Each role has everything the role below it has, plus its own; written once per tier so the
// hierarchy cannot drift.
// "executive.read" is the one permission a client executive shares with the workspace's own people;
// for a client it is limited to their organization by the membership's scope (./scope.ts).
// "report.download": the report pack of a round (PDF, PowerPoint, workbook, CSV). "organization.export":
// the whole organization as JSON, names and e-mail addresses of participants included.
const viewerPermissions = ["workspace.read", "organization.read", "round.read", "member.read", "report.download", "executive.read"] as const;
const consultantPermissions = [
  ...viewerPermissions,
  "round.manage",
  "mail.outbox",
  "organization.create",
  "organization.update",
  "organization.archive",
  "plan.manage",
  "organization.export",
  "framework.import",
  "boundaries.manage",
  "client-access.manage",
] as const;
const ownerPermissions = [...consultantPermissions, "organization.delete", "member.invite", "member.update-role", "member.remove", "audit.read"] as const;

const permissionsByRole = {
  OWNER: ownerPermissions,
  CONSULTANT: consultantPermissions,
  VIEWER: viewerPermissions,
  CLIENT: ["executive.read"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof permissionsByRole)["OWNER"][number];

export function can(role: Role, permission: Permission): boolean {
  return (permissionsByRole[role] as readonly Permission[]).includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return permissionsByRole[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (allRoles as readonly string[]).includes(value);
}

/** Whether a membership of this role must name the one organization it may read. */
export function isOrganizationScoped(role: Role): role is typeof clientRole {
  return role === clientRole;
}
