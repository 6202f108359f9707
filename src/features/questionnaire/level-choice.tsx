"use client";

import { LevelGrid } from "@/components/level-grid";
import type { FrameworkLevel } from "@/domain/framework/framework-schema";

type LevelChoiceProps = {
  dimensionId: string;
  dimensionName: string;
  levels: readonly FrameworkLevel[];
  descriptors: Readonly<Record<string, string>>;
  current: { level: number | null; dontKnow: boolean };
  target: { level: number | null; dontKnow: boolean };
  disabled: boolean;
  onChange: (field: "current" | "target", value: number | "dont-know") => void;
};

/** The questionnaire's question for one dimension: the level grid under a header naming its columns. */
export function LevelChoice({ dimensionId, dimensionName, levels, descriptors, current, target, disabled, onChange }: LevelChoiceProps) {
  const choices = { current, target };
  return (
    <div role="group" aria-label={`${dimensionName}: levels today and needed`}>
      <div className="hidden grid-cols-[1fr_5rem_5rem] gap-2 px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-ink-muted sm:grid" aria-hidden="true">
        <span>Level</span>
        <span className="text-center">Today</span>
        <span className="text-center">Needed</span>
      </div>
      <LevelGrid
        idPrefix={dimensionId}
        levels={levels}
        descriptors={descriptors}
        disabled={disabled}
        isSelected={(field, value) => (value === "dont-know" ? choices[field].dontKnow : choices[field].level === value)}
        onSelect={onChange}
      />
    </div>
  );
}
