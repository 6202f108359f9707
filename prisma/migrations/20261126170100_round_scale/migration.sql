-- Each round holds its framework's scale (number of levels) and dimension ids, copied when it is
-- created, so that answers are checked against the round's own framework in the database: the save
-- statement checks the dimension, and Response's CHECKs bound the levels by the round's scale. A
-- CHECK cannot read another table, so Response carries the round's levelCount, kept equal to it by a
-- composite foreign key (roundId, levelCount) -> Round(id, levelCount).

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "dimensionIds" TEXT[],
ADD COLUMN     "levelCount" INTEGER;

-- Written by hand: every round created before this migration used MPEM 1.0 (the only framework a
-- round could be created with), whose 5 levels and 11 dimensions are these. A round of any other
-- framework stops the migration at SET NOT NULL below rather than being given MPEM's scale.
UPDATE "Round" SET "levelCount" = 5,
  "dimensionIds" = ARRAY['extent', 'channel-reach', 'accuracy-and-learnability', 'scope', 'strategy', 'technology', 'measurement', 'security-and-privacy', 'financial-effectiveness', 'expertise', 'culture']::TEXT[]
WHERE "frameworkId" = 'mpem' AND "frameworkVersion" = '1.0';

ALTER TABLE "Round" ALTER COLUMN "levelCount" SET NOT NULL;
ALTER TABLE "Round" ALTER COLUMN "dimensionIds" SET NOT NULL;
ALTER TABLE "Round" ADD CONSTRAINT "Round_levelCount_check" CHECK ("levelCount" >= 2);
ALTER TABLE "Round" ADD CONSTRAINT "Round_dimensionIds_check" CHECK (cardinality("dimensionIds") >= 1);

-- CreateIndex
CREATE UNIQUE INDEX "Round_id_levelCount_key" ON "Round"("id", "levelCount");

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "levelCount" INTEGER;
UPDATE "Response" SET "levelCount" = r."levelCount" FROM "Round" r WHERE r.id = "Response"."roundId";
ALTER TABLE "Response" ALTER COLUMN "levelCount" SET NOT NULL;

-- DropForeignKey
ALTER TABLE "Response" DROP CONSTRAINT "Response_roundId_fkey";

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_roundId_levelCount_fkey" FOREIGN KEY ("roundId", "levelCount") REFERENCES "Round"("id", "levelCount") ON DELETE CASCADE ON UPDATE CASCADE;

-- Levels were bounded by MPEM's 1..5 whatever the framework. Now by the round's own scale.
ALTER TABLE "Response" DROP CONSTRAINT "Response_currentLevel_range";
ALTER TABLE "Response" DROP CONSTRAINT "Response_targetLevel_range";
ALTER TABLE "Response" ADD CONSTRAINT "Response_currentLevel_range" CHECK ("currentLevel" BETWEEN 1 AND "levelCount");
ALTER TABLE "Response" ADD CONSTRAINT "Response_targetLevel_range" CHECK ("targetLevel" BETWEEN 1 AND "levelCount");
