-- AlterEnum
ALTER TYPE "MailKind" ADD VALUE 'REASSESSMENT_DUE';

-- CreateTable
CREATE TABLE "ReassessmentDueNotice" (
    "organizationId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "roundId" TEXT,
    "ranAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recipients" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReassessmentDueNotice_pkey" PRIMARY KEY ("organizationId","dueOn")
);

-- AddForeignKey
ALTER TABLE "ReassessmentDueNotice" ADD CONSTRAINT "ReassessmentDueNotice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
