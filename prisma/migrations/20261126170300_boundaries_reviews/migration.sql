-- CreateTable
CREATE TABLE "BoundariesReview" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "review" JSONB NOT NULL,
    "reviewedById" TEXT NOT NULL,
    "reviewedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoundariesReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoundariesReview_organizationId_createdAt_idx" ON "BoundariesReview"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "BoundariesReview" ADD CONSTRAINT "BoundariesReview_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
