import { describe, expect, it } from "vitest";

import { buildReveal, revealGroups, type RevealVote } from "./reveal";

const levels = [1, 2, 3, 4, 5].map((rank) => ({ rank, name: `L${rank}` }));
let next = 0;
const vote = (group: string | null, currentLevel: number | null, targetLevel: number | null): RevealVote => ({ participantId: `p${next++}`, group, currentLevel, targetLevel });
const options = { levels, groupOrder: ["Marketing", "IT", "Leadership"], minGroupSize: 3 };

describe("revealing a dimension's votes", () => {
  it("counts each level for today and needed, with median and spread, leaving 'don't know' out", () => {
    const reveal = buildReveal([vote("IT", 2, 4), vote("IT", 3, 4), vote("IT", 3, 5), vote("IT", null, 4)], options);
    expect(reveal.voters).toBe(4);
    expect(reveal.today.levels.map((level) => level.total)).toEqual([0, 1, 2, 0, 0]);
    expect(reveal.today.stats).toMatchObject({ count: 3, dontKnow: 1, median: 3, spread: 1 });
    expect(reveal.today.wideDisagreement).toBe(false);
    expect(reveal.needed.levels.map((level) => level.total)).toEqual([0, 0, 0, 3, 1]);
    expect(reveal.needed.stats.median).toBe(4);
  });

  it("flags wide disagreement at a spread of two levels or more", () => {
    expect(buildReveal([vote(null, 1, 3), vote(null, 2, 3), vote(null, 3, 3)], options).today.wideDisagreement).toBe(true);
    expect(buildReveal([vote(null, 2, 3), vote(null, 2, 3), vote(null, 3, 3)], options).today.wideDisagreement).toBe(false);
  });

  it("splits by group in the round's order when every group is big enough", () => {
    const votes = [vote("IT", 1, 3), vote("IT", 1, 3), vote("IT", 2, 3), vote("Marketing", 3, 4), vote("Marketing", 4, 4), vote("Marketing", 4, 5)];
    const reveal = buildReveal(votes, options);
    expect(reveal.groups.map((group) => group.label)).toEqual(["Marketing", "IT"]);
    const [marketing, it] = reveal.groups.map((group) => group.key);
    expect(reveal.today.levels[0]!.byGroup).toEqual({ [it!]: 2 });
    expect(reveal.today.levels[3]!.byGroup).toEqual({ [marketing!]: 2 });
  });

  it("folds groups too small to hide one person, so no shown figure rests on fewer than the minimum", () => {
    const votes = [vote("IT", 1, 3), vote("IT", 1, 3), vote("IT", 2, 3), vote("Marketing", 3, 4), vote("Marketing", 4, 4), vote("Marketing", 4, 5), vote("Leadership", 5, 5)];
    const { groups } = revealGroups(votes, options.groupOrder, 3);
    // Leadership (1) is too small alone; "Other" then takes the smaller of the others (IT, on a tie the later one).
    expect(groups.map((group) => group.label)).toEqual(["Marketing", "Other"]);
    expect(groups[1]!.folded).toEqual(["IT", "Leadership"]);
  });

  it("drops the split when it would leave only one group", () => {
    const reveal = buildReveal([vote("IT", 1, 3), vote("Marketing", 2, 3), vote("Leadership", 3, 4)], options);
    expect(reveal.groups).toEqual([{ key: "everyone", label: "Everyone", folded: [] }]);
    expect(reveal.today.levels.map((level) => level.byGroup)).toEqual([{ everyone: 1 }, { everyone: 1 }, { everyone: 1 }, {}, {}]);
  });

  it("is not tied to five levels", () => {
    const three = [1, 2, 3].map((rank) => ({ rank, name: `Stage ${rank}` }));
    const reveal = buildReveal([vote(null, 1, 3), vote(null, 3, 3), vote(null, 2, 2)], { ...options, levels: three });
    expect(reveal.today.levels.map((level) => level.name)).toEqual(["Stage 1", "Stage 2", "Stage 3"]);
    expect(reveal.today.wideDisagreement).toBe(true);
  });
});
