import type { OrganizationRound } from "@/server/plan/plan-data";

const statusWords = { DRAFT: "not opened", OPEN: "open", CLOSED: "closed" } as const;

/** Which round the plan is read against: a plain GET form, so it works without JavaScript. */
export function RoundPicker({ rounds, selected }: { rounds: OrganizationRound[]; selected: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
      <div>
        <label htmlFor="plan-round" className="block font-medium">
          Based on the round
        </label>
        <select id="plan-round" name="round" defaultValue={selected} className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5">
          {[...rounds].reverse().map((round) => (
            <option key={round.id} value={round.id}>
              {round.name} ({statusWords[round.status]})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="h-9 rounded-md border border-line bg-surface px-3 font-medium hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-brand-600">
        Show
      </button>
    </form>
  );
}
