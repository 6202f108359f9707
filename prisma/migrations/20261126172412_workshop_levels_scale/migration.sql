-- Workshop votes and agreed (consensus) levels are bounded by their round's own scale in the
-- database, as answers are (see 20261126170100_round_scale): each row carries the round's levelCount,
-- kept equal to it by a composite foreign key, and a CHECK bounds the levels by it. A vote is now
-- also removed with its round directly, not only through its participant.

-- AlterTable (backfilled from the round before the column becomes required)
ALTER TABLE "Vote" ADD COLUMN     "levelCount" INTEGER;
UPDATE "Vote" SET "levelCount" = r."levelCount" FROM "Round" r WHERE r.id = "Vote"."roundId";
ALTER TABLE "Vote" ALTER COLUMN "levelCount" SET NOT NULL;

ALTER TABLE "Consensus" ADD COLUMN     "levelCount" INTEGER;
UPDATE "Consensus" SET "levelCount" = r."levelCount" FROM "Round" r WHERE r.id = "Consensus"."roundId";
ALTER TABLE "Consensus" ALTER COLUMN "levelCount" SET NOT NULL;

-- DropForeignKey
ALTER TABLE "Consensus" DROP CONSTRAINT "Consensus_roundId_fkey";

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_roundId_levelCount_fkey" FOREIGN KEY ("roundId", "levelCount") REFERENCES "Round"("id", "levelCount") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consensus" ADD CONSTRAINT "Consensus_roundId_levelCount_fkey" FOREIGN KEY ("roundId", "levelCount") REFERENCES "Round"("id", "levelCount") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (Prisma's schema cannot express them).
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_currentLevel_range" CHECK ("currentLevel" BETWEEN 1 AND "levelCount");
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_targetLevel_range" CHECK ("targetLevel" BETWEEN 1 AND "levelCount");
ALTER TABLE "Consensus" ADD CONSTRAINT "Consensus_currentLevel_range" CHECK ("currentLevel" BETWEEN 1 AND "levelCount");
ALTER TABLE "Consensus" ADD CONSTRAINT "Consensus_targetLevel_range" CHECK ("targetLevel" BETWEEN 1 AND "levelCount");
