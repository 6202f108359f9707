-- CreateTable
CREATE TABLE "AuditThrottleWindow" (
    "auditEventId" BIGINT NOT NULL,
    "limitKey" TEXT NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "refused" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AuditThrottleWindow_pkey" PRIMARY KEY ("auditEventId")
);

-- CreateIndex
CREATE INDEX "AuditThrottleWindow_limitKey_endsAt_idx" ON "AuditThrottleWindow"("limitKey", "endsAt");
