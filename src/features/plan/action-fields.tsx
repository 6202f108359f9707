"use client";

import { actionPhases, actionStatuses, formatQuarter, phaseLabels, statusLabels } from "@/domain/plan/roadmap";

// The controls of one roadmap action, shared by the "add" form (with visible labels) and the
// editable table rows (labelled for screen readers by the row's action).

export type ActionChoices = {
  dimensions: { id: string; name: string }[];
  levels: { rank: number; name: string }[];
  quarters: string[];
};

export type ActionValues = { title: string; dimensionId: string; targetLevel: string; owner: string; dueQuarter: string; status: string; phase: string };

const control = "block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700";

type FieldName = keyof ActionValues;

export function ActionControl({
  field,
  choices,
  value,
  form,
  label,
  id,
  invalid,
}: {
  field: FieldName;
  choices: ActionChoices;
  value: string;
  form?: string;
  label: string;
  id: string;
  invalid?: boolean;
}) {
  const common = { id, name: field, form, defaultValue: value, className: control, "aria-label": label, "aria-invalid": invalid ? true : undefined } as const;
  switch (field) {
    case "dimensionId":
      return (
        <select {...common}>
          {choices.dimensions.map((dimension) => (
            <option key={dimension.id} value={dimension.id}>
              {dimension.name}
            </option>
          ))}
        </select>
      );
    case "targetLevel":
      return (
        <select {...common}>
          {choices.levels.map((level) => (
            <option key={level.rank} value={level.rank}>
              {level.rank} {level.name}
            </option>
          ))}
        </select>
      );
    case "dueQuarter": {
      const quarters = choices.quarters.includes(value) || value === "" ? choices.quarters : [value, ...choices.quarters];
      return (
        <select {...common}>
          {quarters.map((quarter) => (
            <option key={quarter} value={quarter}>
              {formatQuarter(quarter)}
            </option>
          ))}
        </select>
      );
    }
    case "status":
      return (
        <select {...common}>
          {actionStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      );
    case "phase":
      return (
        <select {...common}>
          {actionPhases.map((phase) => (
            <option key={phase} value={phase}>
              {phaseLabels[phase]}
            </option>
          ))}
        </select>
      );
    default:
      return <input {...common} type="text" maxLength={field === "title" ? 200 : 100} required />;
  }
}
