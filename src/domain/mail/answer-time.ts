// How long answering takes, for the invitation's wording. Two minutes per dimension (reading five
// level descriptions, choosing today's and the needed level) rounded up to five minutes.
export function answeringMinutes(dimensionCount: number): number {
  return Math.max(5, Math.ceil((dimensionCount * 2) / 5) * 5);
}
