-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CLIENT';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "organizationId" TEXT;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "organizationId" TEXT;

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedByName" TEXT,
    "lastUsedAt" TIMESTAMPTZ(3),
    "useCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_organizationId_createdAt_idx" ON "ShareLink"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Exactly a client executive's membership or invitation names an organization (the role is compared
-- as text: an enum value added in this migration cannot be used as a value in the same transaction).
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_client_scope_check" CHECK (("role"::text = 'CLIENT') = ("organizationId" IS NOT NULL));
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_client_scope_check" CHECK (("role"::text = 'CLIENT') = ("organizationId" IS NOT NULL));

-- A client's organization belongs to the workspace of their membership or invitation: a composite
-- foreign key, so no write anywhere can scope a client to another consultancy's organization.
CREATE UNIQUE INDEX "Organization_id_workspaceId_key" ON "Organization"("id", "workspaceId");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organization_in_workspace_fkey" FOREIGN KEY ("organizationId", "workspaceId") REFERENCES "Organization"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organization_in_workspace_fkey" FOREIGN KEY ("organizationId", "workspaceId") REFERENCES "Organization"("id", "workspaceId") ON DELETE CASCADE ON UPDATE CASCADE;
