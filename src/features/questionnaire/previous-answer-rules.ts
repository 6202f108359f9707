import { needsReason } from "@/domain/rounds/answer-rules";
import type { OwnPreviousAnswer, PreviousFinding } from "@/domain/history/previous-findings";

import { isAnswered, type AnswerFields } from "./answer-draft";

// A follow-up round asks each participant to confirm or change what they answered last time. These
// rules decide what "Unchanged" writes (an ordinary answer, saved the usual way) and how far each
// dimension has got.

export type FollowUpStatus = "to-confirm" | "unchanged" | "changed" | "to-answer" | "answered";

const sameLevels = (own: OwnPreviousAnswer, answer: AnswerFields) =>
  own.currentLevel === answer.currentLevel && own.currentDontKnow === answer.currentDontKnow && own.targetLevel === answer.targetLevel && own.targetDontKnow === answer.targetDontKnow;

/**
 * What tapping "Unchanged" changes: today's and the needed level as last time ("don't know"
 * included). A target below today's level is saved only with a reason, so last time's reason comes
 * along when none has been typed yet; otherwise the comment is left as it is.
 */
export function unchangedAnswer(own: OwnPreviousAnswer, answer: AnswerFields | undefined): Partial<AnswerFields> {
  const levels = { currentLevel: own.currentLevel, currentDontKnow: own.currentDontKnow, targetLevel: own.targetLevel, targetDontKnow: own.targetDontKnow };
  const comment = answer?.comment ?? "";
  return needsReason({ ...levels, comment }) && own.comment ? { ...levels, comment: own.comment } : levels;
}

/** Whether "Unchanged" can be offered: the participant gave at least one level last time. */
export function canConfirm(finding: PreviousFinding | undefined): finding is PreviousFinding & { own: OwnPreviousAnswer } {
  return !!finding?.own && (finding.own.currentLevel !== null || finding.own.currentDontKnow || finding.own.targetLevel !== null || finding.own.targetDontKnow);
}

export function followUpStatus(finding: PreviousFinding | undefined, answer: AnswerFields | undefined): FollowUpStatus {
  const answered = isAnswered(answer);
  if (!canConfirm(finding)) return answered ? "answered" : "to-answer";
  if (!answer || !answered) return "to-confirm";
  return sameLevels(finding.own, answer) ? "unchanged" : "changed";
}

/** A level as people read it: "2 · Foundational", "2.5", "don't know", or "—" when not given. */
export function levelText(level: number | null, dontKnow: boolean, levels: readonly { rank: number; name: string }[]): string {
  if (dontKnow) return "don't know";
  if (level === null) return "—";
  const named = levels.find((entry) => entry.rank === level);
  return named ? `${level} · ${named.name}` : String(level);
}
