import { describe, expect, it } from "vitest";

import { findDuplicates } from "./participant-duplicates";

const existing = [
  { displayName: "Ana Alves", email: "ana@example.test" },
  { displayName: "Bob Brown", email: null },
];

describe("finding people already in the round", () => {
  it("matches the same e-mail address whatever its case, and the same name where an address is missing", () => {
    expect(
      findDuplicates(
        [
          { displayName: "Ana A.", email: "ANA@example.test" },
          { displayName: "bob  brown", email: "bob@example.test" },
          { displayName: "Ana Alves", email: "other-ana@example.test" },
          { displayName: "Cy", email: null },
        ],
        existing,
      ),
    ).toEqual([
      { index: 0, displayName: "Ana A.", reason: "in-round" },
      { index: 1, displayName: "bob  brown", reason: "in-round" },
    ]);
  });

  it("finds a person pasted twice in the same list", () => {
    expect(findDuplicates([{ displayName: "Cy", email: null }, { displayName: "Dee", email: null }, { displayName: "cy", email: null }], [])).toEqual([
      { index: 2, displayName: "cy", reason: "in-list" },
    ]);
  });
});
