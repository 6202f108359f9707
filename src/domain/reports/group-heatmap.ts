import type { Framework } from "../framework/framework-schema";
import type { RoundScores } from "../scoring/round-scoring";

// The round split by participant group as a table: dimensions down, groups across, today's and the
// needed median in each cell. Only the groups the results page shows (small ones are already folded
// into "Other" by the scoring), and "withheld" where a cell rests on too few answers.

export type HeatmapCell = { current: number | null; target: number | null; withheld: boolean; respondents: number };
export type GroupHeatmap = {
  columns: { label: string; participants: number; folded: string[] }[];
  rows: { dimensionId: string; name: string; shortName: string; cells: HeatmapCell[] }[];
  /** The colour scale's ends: the framework's lowest and highest level. */
  domain: [number, number];
};

export function buildGroupHeatmap(framework: Framework, scores: RoundScores): GroupHeatmap {
  const groups = scores.groups;
  return {
    columns: groups.map((group) => ({ label: group.label, participants: group.participantCount, folded: group.folded })),
    rows: framework.dimensions.map((dimension) => ({
      dimensionId: dimension.id,
      name: dimension.name,
      shortName: dimension.shortName,
      cells: groups.map((group) => {
        const cell = group.dimensions.find((entry) => entry.dimensionId === dimension.id);
        return {
          current: cell?.current.median ?? null,
          target: cell?.target.median ?? null,
          withheld: Boolean(cell && (cell.current.withheld || cell.target.withheld)),
          respondents: cell?.respondents ?? 0,
        };
      }),
    })),
    domain: [1, framework.levels.length],
  };
}
