-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED');

-- CreateEnum
CREATE TYPE "ActionPhase" AS ENUM ('NOW', 'NEXT', 'LATER');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateTable
CREATE TABLE "PlanOutcome" (
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "outcomeId" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanOutcome_pkey" PRIMARY KEY ("organizationId","frameworkId","outcomeId")
);

-- CreateTable
CREATE TABLE "PlanPriorityOrder" (
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "dimensionIds" TEXT[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanPriorityOrder_pkey" PRIMARY KEY ("organizationId","frameworkId")
);

-- CreateTable
CREATE TABLE "RoadmapAction" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "targetLevel" INTEGER NOT NULL,
    "owner" TEXT NOT NULL,
    "dueQuarter" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "phase" "ActionPhase" NOT NULL,
    "baselineRoundId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RoadmapAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "catalogKey" TEXT,
    "unit" TEXT NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "kpiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiValue_pkey" PRIMARY KEY ("kpiId","roundId")
);

-- CreateIndex
CREATE INDEX "RoadmapAction_organizationId_createdAt_idx" ON "RoadmapAction"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_organizationId_name_key" ON "Kpi"("organizationId", "name");

-- CreateIndex
CREATE INDEX "KpiValue_roundId_idx" ON "KpiValue"("roundId");

-- AddForeignKey
ALTER TABLE "PlanOutcome" ADD CONSTRAINT "PlanOutcome_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPriorityOrder" ADD CONSTRAINT "PlanPriorityOrder_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapAction" ADD CONSTRAINT "RoadmapAction_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapAction" ADD CONSTRAINT "RoadmapAction_baselineRoundId_fkey" FOREIGN KEY ("baselineRoundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the ranges the domain validates, held by the database too.
ALTER TABLE "PlanOutcome" ADD CONSTRAINT "PlanOutcome_weight_range" CHECK ("weight" BETWEEN 1 AND 5);
ALTER TABLE "RoadmapAction" ADD CONSTRAINT "RoadmapAction_due_quarter_format" CHECK ("dueQuarter" ~ '^[0-9]{4}-Q[1-4]$');
ALTER TABLE "RoadmapAction" ADD CONSTRAINT "RoadmapAction_target_level_positive" CHECK ("targetLevel" >= 1);
