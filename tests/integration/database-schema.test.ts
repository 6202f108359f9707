import { afterAll, describe, expect, inject, it } from "vitest";

import { createDbClient } from "../factories/db-client";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));
afterAll(() => db.$disconnect());

describe("workspace and organization tables", () => {
  it("stores an organization with its business units inside a workspace", async () => {
    const workspace = await createWorkspace(db);
    const organization = await createOrganization(db, workspace.id, {
      name: "Globex",
      industry: "Banking",
      businessUnits: ["Retail banking", "Cards"],
    });
    const stored = await db.organization.findUniqueOrThrow({ where: { id: organization.id } });
    expect(stored).toMatchObject({ workspaceId: workspace.id, name: "Globex", industry: "Banking", archivedAt: null });
    expect(stored.businessUnits).toEqual(["Retail banking", "Cards"]);
  });

  it("refuses two organizations with the same name in one workspace, allows it across workspaces", async () => {
    const first = await createWorkspace(db);
    const second = await createWorkspace(db);
    await createOrganization(db, first.id, { name: "Initech" });
    await expect(createOrganization(db, first.id, { name: "Initech" })).rejects.toMatchObject({ code: "P2002" });
    await expect(createOrganization(db, second.id, { name: "Initech" })).resolves.toMatchObject({ name: "Initech" });
  });

  it("refuses duplicate workspace slugs", async () => {
    await createWorkspace(db, { slug: "same-slug" });
    await expect(createWorkspace(db, { slug: "same-slug" })).rejects.toMatchObject({ code: "P2002" });
  });

  it("removes a workspace's organizations with it", async () => {
    const workspace = await createWorkspace(db);
    await createOrganization(db, workspace.id);
    await db.workspace.delete({ where: { id: workspace.id } });
    expect(await db.organization.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});
