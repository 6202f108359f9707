"use client";

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

/**
 * Each level's descriptor once, with two choices beside it: "Today" and "Needed". The radios of a
 * column share a name, so arrow keys move between levels as in any radio group.
 */
export function LevelChoice({ dimensionId, dimensionName, levels, descriptors, current, target, disabled, onChange }: LevelChoiceProps) {
  const rows = [
    ...levels.map((level) => ({ key: level.id, value: level.rank as number | "dont-know", title: `Level ${level.rank} · ${level.name}`, text: descriptors[level.id] ?? "" })),
    { key: "dont-know", value: "dont-know" as const, title: "Don't know", text: "You cannot judge this dimension." },
  ];
  const isChecked = (choice: { level: number | null; dontKnow: boolean }, value: number | "dont-know") =>
    value === "dont-know" ? choice.dontKnow : choice.level === value;
  return (
    <div role="group" aria-label={`${dimensionName}: levels today and needed`}>
      <div className="hidden grid-cols-[1fr_5rem_5rem] gap-2 px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-ink-muted sm:grid" aria-hidden="true">
        <span>Level</span>
        <span className="text-center">Today</span>
        <span className="text-center">Needed</span>
      </div>
      <ul className="space-y-2">
        {rows.map((row) => {
          const descriptionId = `${dimensionId}-${row.key}-text`;
          return (
            <li key={row.key} className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-2 rounded-md border border-line bg-surface p-3 sm:grid-cols-[1fr_5rem_5rem]">
              <div className="col-span-2 sm:col-span-1">
                <p className="text-sm font-semibold">{row.title}</p>
                <p id={descriptionId} className="text-sm text-ink-muted">
                  {row.text}
                </p>
              </div>
              {(["current", "target"] as const).map((field) => {
                const choice = field === "current" ? current : target;
                const label = field === "current" ? "Today" : "Needed";
                return (
                  <label key={field} className="flex cursor-pointer items-center justify-center gap-2 rounded-md px-2 py-2 text-sm hover:bg-brand-50 has-[:checked]:bg-brand-100 has-[:checked]:font-semibold">
                    <input
                      type="radio"
                      name={`${field}-${dimensionId}`}
                      value={String(row.value)}
                      checked={isChecked(choice, row.value)}
                      disabled={disabled}
                      onChange={() => onChange(field, row.value)}
                      aria-label={`${label}: ${row.title}`}
                      aria-describedby={descriptionId}
                      className="h-5 w-5 accent-brand-600"
                    />
                    <span aria-hidden="true">{label}</span>
                  </label>
                );
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
