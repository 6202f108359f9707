"use client";

// A dimension's levels, each descriptor once with two choices beside it, "Today" and "Needed", plus
// "Don't know": the questionnaire and the workshop's vote both ask this way. The radios of a column
// share a name, so arrow keys move between levels as in any radio group.

export type LevelField = "current" | "target";
export type LevelValue = number | "dont-know";

type Level = { id: string; rank: number; name: string };

type LevelGridProps = {
  /** Unique on the page: names the radio groups and the descriptors' ids. */
  idPrefix: string;
  levels: readonly Level[];
  descriptors: Readonly<Record<string, string>>;
  isSelected: (field: LevelField, value: LevelValue) => boolean;
  onSelect: (field: LevelField, value: LevelValue) => void;
  disabled?: boolean;
  /** "touch": taller targets with borders, for a phone held in a workshop. */
  variant?: "form" | "touch";
};

const fieldLabels: Record<LevelField, string> = { current: "Today", target: "Needed" };

const choiceClasses = {
  form: "flex cursor-pointer items-center justify-center gap-2 rounded-md px-2 py-2 text-sm hover:bg-brand-50 has-[:checked]:bg-brand-100 has-[:checked]:font-semibold",
  touch: "flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-md border border-line px-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-100 has-[:checked]:font-semibold",
};

const rowClasses = {
  form: "grid grid-cols-[1fr_auto] gap-x-3 gap-y-2 rounded-md border border-line bg-surface p-3 sm:grid-cols-[1fr_5rem_5rem]",
  touch: "grid grid-cols-2 gap-2 rounded-md border border-line bg-surface p-3 sm:grid-cols-[1fr_6rem_6rem]",
};

export function LevelGrid({ idPrefix, levels, descriptors, isSelected, onSelect, disabled = false, variant = "form" }: LevelGridProps) {
  const rows = [
    ...levels.map((level) => ({ key: level.id, value: level.rank as LevelValue, title: `Level ${level.rank} · ${level.name}`, text: descriptors[level.id] ?? "" })),
    { key: "dont-know", value: "dont-know" as const, title: "Don't know", text: "You cannot judge this dimension." },
  ];
  return (
    <ul className="space-y-2">
      {rows.map((row) => {
        const descriptionId = `${idPrefix}-${row.key}-text`;
        return (
          <li key={row.key} className={rowClasses[variant]}>
            <div className="col-span-2 sm:col-span-1">
              <p className={variant === "form" ? "text-sm font-semibold" : "font-semibold"}>{row.title}</p>
              <p id={descriptionId} className="text-sm text-ink-muted">
                {row.text}
              </p>
            </div>
            {(["current", "target"] as const).map((field) => (
              <label key={field} className={choiceClasses[variant]}>
                <input
                  type="radio"
                  name={`${idPrefix}-${field}`}
                  value={String(row.value)}
                  checked={isSelected(field, row.value)}
                  disabled={disabled}
                  onChange={() => onSelect(field, row.value)}
                  aria-label={`${fieldLabels[field]}: ${row.title}`}
                  aria-describedby={descriptionId}
                  className="h-5 w-5 accent-brand-600"
                />
                <span aria-hidden="true">{fieldLabels[field]}</span>
              </label>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
