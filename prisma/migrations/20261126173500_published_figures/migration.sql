-- CreateTable
CREATE TABLE "PublishedFigures" (
    "roundId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedFigures_pkey" PRIMARY KEY ("roundId")
);

-- AddForeignKey
ALTER TABLE "PublishedFigures" ADD CONSTRAINT "PublishedFigures_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
