-- CreateTable
CREATE TABLE "ImportedFramework" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "importedById" TEXT NOT NULL,
    "importedByName" TEXT NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedFramework_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedFramework_workspaceId_frameworkId_version_key" ON "ImportedFramework"("workspaceId", "frameworkId", "version");

-- AddForeignKey
ALTER TABLE "ImportedFramework" ADD CONSTRAINT "ImportedFramework_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
