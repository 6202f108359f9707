-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "minGroupSize" INTEGER NOT NULL DEFAULT 3;

-- Written by hand (Prisma's schema cannot express it): the privacy minimum can never be lowered
-- below three, whatever writes the row.
ALTER TABLE "Round" ADD CONSTRAINT "Round_minGroupSize_check" CHECK ("minGroupSize" >= 3);
