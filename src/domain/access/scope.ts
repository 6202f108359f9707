import { isOrganizationScoped, type Role } from "./permissions";

// Who is reading, and how far their reading reaches. A workspace member reads the whole workspace; a
// client executive (an organization-scoped membership) and a share link read one organization. The
// data layer resolves a scope from the session or the link, then asks `reaches` before it reads, so
// the rule that "a consultancy's clients never see each other" is written once, here.

export type ReaderScope =
  | { kind: "workspace"; workspaceId: string }
  | { kind: "organization"; workspaceId: string; organizationId: string; via: "membership" | "share-link" };

export type OrganizationRef = { workspaceId: string; organizationId: string };

/** The scope a membership gives. A scoped role without an organization reaches nothing (fail closed). */
export function scopeOfMembership(membership: { workspaceId: string; role: Role; organizationId: string | null }): ReaderScope | null {
  if (!isOrganizationScoped(membership.role)) return { kind: "workspace", workspaceId: membership.workspaceId };
  if (!membership.organizationId) return null;
  return { kind: "organization", workspaceId: membership.workspaceId, organizationId: membership.organizationId, via: "membership" };
}

/** Whether a reader with this scope may read this organization. Never across workspaces. */
export function reaches(scope: ReaderScope | null, target: OrganizationRef): boolean {
  if (!scope || scope.workspaceId !== target.workspaceId) return false;
  return scope.kind === "workspace" || scope.organizationId === target.organizationId;
}

/** Where a member lands in a workspace: its home, or for a client executive their organization's executive view. */
export function workspaceHomePath(slug: string, clientOrganizationId: string | null): string {
  return clientOrganizationId ? `/w/${slug}/organizations/${clientOrganizationId}/executive` : `/w/${slug}`;
}

/** A membership row is consistent when exactly the scoped roles name an organization (the database checks it too). */
export function isConsistentMembership(role: Role, organizationId: string | null): boolean {
  return isOrganizationScoped(role) === (organizationId !== null);
}
