-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'DRAFT',
    "opensOn" DATE,
    "closesOn" DATE,
    "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "previousRoundId" TEXT,
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "group" TEXT,
    "tokenHash" TEXT NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "currentLevel" INTEGER,
    "currentDontKnow" BOOLEAN NOT NULL DEFAULT false,
    "targetLevel" INTEGER,
    "targetDontKnow" BOOLEAN NOT NULL DEFAULT false,
    "comment" TEXT,
    "evidenceUrl" TEXT,
    "revision" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Round_organizationId_createdAt_idx" ON "Round"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Round_organizationId_name_key" ON "Round"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_tokenHash_key" ON "Participant"("tokenHash");

-- CreateIndex
CREATE INDEX "Participant_roundId_createdAt_idx" ON "Participant"("roundId", "createdAt");

-- CreateIndex
CREATE INDEX "Response_roundId_dimensionId_idx" ON "Response"("roundId", "dimensionId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_participantId_dimensionId_key" ON "Response"("participantId", "dimensionId");

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Levels are ranks 1..5 of the framework, and an answer is either a level or "don't know".
ALTER TABLE "Response" ADD CONSTRAINT "Response_currentLevel_range" CHECK ("currentLevel" BETWEEN 1 AND 5);
ALTER TABLE "Response" ADD CONSTRAINT "Response_targetLevel_range" CHECK ("targetLevel" BETWEEN 1 AND 5);
ALTER TABLE "Response" ADD CONSTRAINT "Response_current_level_or_dont_know" CHECK (NOT ("currentDontKnow" AND "currentLevel" IS NOT NULL));
ALTER TABLE "Response" ADD CONSTRAINT "Response_target_level_or_dont_know" CHECK (NOT ("targetDontKnow" AND "targetLevel" IS NOT NULL));
