import "server-only";

import { buildAnswerRows } from "@/domain/reports/answer-rows";
import { buildReportModel, type ReportModel } from "@/domain/reports/report-model";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { loadPlan } from "@/server/plan/plan-data";
import { getRoundResults } from "@/server/results";
import { readRoundAnswers, toStoredAnswer } from "@/server/round-answers";
import { requireRound } from "@/server/rounds";

// Builds the one report model of a round from the data layer: the results page's own scores, the
// organization's plan as of this round, and every answer in a form no one can be picked out of.

export type RoundReport = { model: ReportModel; workspaceId: string; roundId: string; organizationId: string; fileStem: string };

/** "acme-retail-h1-2026": a file name that survives every operating system. */
export function fileStemOf(...parts: string[]): string {
  const stem = parts
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return stem || "report";
}

export async function loadRoundReport(actor: Actor | null, slug: string, roundId: string, generatedAt = new Date()): Promise<RoundReport> {
  const { access, round } = await requireRound(actor, slug, roundId, "report.download");
  const { framework, scores, participantTotal } = await getRoundResults(actor, slug, round.id);
  const plan = await loadPlan(actor, slug, round.organization.id, { roundId: round.id });
  const rows = await readRoundAnswers(getDb(), round.id);
  const answers = buildAnswerRows(framework, rows.map(toStoredAnswer), { groupOrder: round.groups, minGroupSize: round.minGroupSize });
  const model = buildReportModel({
    framework,
    scores,
    round: { name: round.name, status: round.status, invited: participantTotal },
    client: round.organization.name,
    consultancy: access.workspace.name,
    generatedAt,
    plan: plan.view,
    answers,
  });
  return { model, workspaceId: access.workspace.id, roundId: round.id, organizationId: round.organization.id, fileStem: fileStemOf(round.organization.name, round.name) };
}
