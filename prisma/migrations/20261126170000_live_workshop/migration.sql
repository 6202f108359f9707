-- CreateEnum
CREATE TYPE "WorkshopMode" AS ENUM ('WORKSHOP', 'SELF_PACED');

-- CreateEnum
CREATE TYPE "WorkshopPhase" AS ENUM ('VOTING', 'REVEALED', 'AGREED');

-- CreateTable
CREATE TABLE "Workshop" (
    "roundId" TEXT NOT NULL,
    "mode" "WorkshopMode" NOT NULL DEFAULT 'WORKSHOP',
    "currentDimensionId" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "joinOpen" BOOLEAN NOT NULL DEFAULT true,
    "showWhoHasNotVoted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("roundId")
);

-- CreateTable
CREATE TABLE "WorkshopDimension" (
    "roundId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "votingRound" INTEGER NOT NULL DEFAULT 1,
    "phase" "WorkshopPhase" NOT NULL DEFAULT 'VOTING',
    "revealedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkshopDimension_pkey" PRIMARY KEY ("roundId","dimensionId")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "votingRound" INTEGER NOT NULL,
    "currentLevel" INTEGER,
    "currentDontKnow" BOOLEAN NOT NULL DEFAULT false,
    "targetLevel" INTEGER,
    "targetDontKnow" BOOLEAN NOT NULL DEFAULT false,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consensus" (
    "roundId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "currentLevel" INTEGER,
    "targetLevel" INTEGER,
    "rationale" TEXT NOT NULL,
    "dissent" TEXT,
    "votingRound" INTEGER NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Consensus_pkey" PRIMARY KEY ("roundId","dimensionId")
);

-- CreateTable
CREATE TABLE "WorkshopEvent" (
    "id" BIGSERIAL NOT NULL,
    "roundId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dimensionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_joinCode_key" ON "Workshop"("joinCode");

-- CreateIndex
CREATE INDEX "Vote_roundId_dimensionId_votingRound_idx" ON "Vote"("roundId", "dimensionId", "votingRound");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_participantId_dimensionId_votingRound_key" ON "Vote"("participantId", "dimensionId", "votingRound");

-- CreateIndex
CREATE INDEX "WorkshopEvent_roundId_id_idx" ON "WorkshopEvent"("roundId", "id");

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopDimension" ADD CONSTRAINT "WorkshopDimension_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Workshop"("roundId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consensus" ADD CONSTRAINT "Consensus_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
