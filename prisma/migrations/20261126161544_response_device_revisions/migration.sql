-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "deviceRevisions" JSONB NOT NULL DEFAULT '{}';
