import { canonicalGroup, normalizeGroup } from "./group-names";

// Editing a round's participant groups: rename, remove, add. Nobody is ever dropped: a participant in
// a renamed group follows the new name, and a group with people in it can be removed only once the
// consultant has said where they go (another group, or no group).

export const MAX_GROUPS = 12;
export const MAX_GROUP_NAME_LENGTH = 40;

export type ExistingGroupEdit = {
  /** The group's current name, as the round lists it. */
  from: string;
  /** Its new name; empty removes the group. */
  to: string;
  /**
   * For a removed group: the current name of the group its participants move to, null for no group,
   * undefined (or empty) when not chosen, which is refused if anyone is in it.
   */
  moveTo?: string | null;
};

export type GroupEditInput = { existing: readonly ExistingGroupEdit[]; added: readonly string[] };

export type GroupEditPlan = {
  groups: string[];
  renames: { from: string; to: string }[];
  removals: { from: string; moveTo: string | null; participants: number }[];
  /** The group a participant ends up in, given the group they are in now. */
  regroup: (group: string | null) => string | null;
};

export type GroupEditResult = { ok: true; plan: GroupEditPlan } | { ok: false; problems: string[] };

const clean = (name: string) => name.trim().replace(/\s+/g, " ");
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;

function nameProblem(name: string): string | null {
  if (name.length > MAX_GROUP_NAME_LENGTH) return `A group name must be at most ${MAX_GROUP_NAME_LENGTH} characters ("${name.slice(0, 20)}…").`;
  if (CONTROL_CHARACTERS.test(name)) return `The group name "${name}" contains characters that are not allowed.`;
  return null;
}

/**
 * Works out a group edit against the round's groups and how many participants each holds (keyed by
 * `normalizeGroup`). Either a plan, or every problem found, so the form can show them all at once.
 * A group the edit does not mention is kept as it is.
 */
export function planGroupEdit(current: readonly string[], participantsByGroup: ReadonlyMap<string, number>, input: GroupEditInput): GroupEditResult {
  const problems: string[] = [];
  const editOf = new Map<string, ExistingGroupEdit>();
  for (const edit of input.existing) {
    const listed = current.find((group) => normalizeGroup(group) === normalizeGroup(edit.from));
    if (!listed) problems.push(`"${edit.from}" is not one of this round's groups. Reload the page and try again.`);
    else editOf.set(normalizeGroup(listed), { ...edit, from: listed, to: clean(edit.to) });
  }
  const edits = current.map((group) => editOf.get(normalizeGroup(group)) ?? { from: group, to: group });
  const kept = edits.filter((edit) => edit.to !== "");
  const newNameOf = new Map(kept.map((edit) => [normalizeGroup(edit.from), edit.to]));
  // Adding a group that is already there (in any spelling) adds nothing.
  const known = new Set(kept.map((edit) => normalizeGroup(edit.to)));
  const added = input.added.map(clean).filter((name) => {
    if (name === "" || known.has(normalizeGroup(name))) return false;
    known.add(normalizeGroup(name));
    return true;
  });
  const groups = [...kept.map((edit) => edit.to), ...added];

  for (const name of groups) {
    const problem = nameProblem(name);
    if (problem) problems.push(problem);
  }
  const seen = new Map<string, string>();
  for (const name of groups) {
    const key = normalizeGroup(name);
    if (seen.has(key)) problems.push(`Two groups would be called "${name}". To merge them, remove one and move its participants to the other.`);
    else seen.set(key, name);
  }
  if (groups.length > MAX_GROUPS) problems.push(`List at most ${MAX_GROUPS} participant groups.`);

  const removals: GroupEditPlan["removals"] = [];
  for (const edit of edits.filter((entry) => entry.to === "")) {
    const participants = participantsByGroup.get(normalizeGroup(edit.from)) ?? 0;
    const chosen = edit.moveTo === "" ? undefined : edit.moveTo;
    const target = typeof chosen === "string" ? current.find((group) => normalizeGroup(group) === normalizeGroup(chosen)) : undefined;
    if (typeof chosen === "string" && !target) problems.push(`"${chosen}" is not one of this round's groups.`);
    else if (target && !newNameOf.has(normalizeGroup(target))) problems.push(`${edit.from}'s participants cannot move to ${target}: it is removed too.`);
    else if (participants > 0 && chosen === undefined) {
      problems.push(`${edit.from} has ${participants} participant${participants === 1 ? "" : "s"}: choose where they go (another group, or no group) before removing it.`);
    } else removals.push({ from: edit.from, moveTo: target ? newNameOf.get(normalizeGroup(target))! : null, participants });
  }
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };

  const renames = kept.filter((edit) => edit.to !== edit.from).map(({ from, to }) => ({ from, to }));
  const removedTo = new Map(removals.map((removal) => [normalizeGroup(removal.from), removal.moveTo]));
  const regroup = (group: string | null): string | null => {
    const listed = canonicalGroup(group, current);
    if (listed === null) return null;
    const key = normalizeGroup(listed);
    if (removedTo.has(key)) return removedTo.get(key)!;
    return newNameOf.get(key) ?? listed; // a group the round does not list stays as it is
  };
  return { ok: true, plan: { groups, renames, removals, regroup } };
}
