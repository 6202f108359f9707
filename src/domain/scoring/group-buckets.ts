// How participants are split into the groups a results page may show without exposing anyone.
//
// Every group shown must hold at least `minSize` participants who answered. Smaller groups are
// folded into "Other". If "Other" is still too small it is not simply hidden: the groups shown
// plus the whole round would then let a reader subtract the hidden people's figures. Instead the
// smallest shown group is folded into "Other" too, until "Other" is big enough (or empty), so the
// groups shown always add up to the whole round.

import { canonicalGroup, normalizeGroup } from "../rounds/group-names";

export { canonicalGroup } from "../rounds/group-names";

export const NO_GROUP_LABEL = "No group";

export type BucketKind = "group" | "no-group" | "other";

export type Bucket = {
  key: string;
  label: string;
  kind: BucketKind;
  participantIds: ReadonlySet<string>;
  /** For "Other": the groups folded into it, in the round's order. */
  folded: string[];
};

export type Member = { participantId: string; group: string | null };

const normalize = normalizeGroup;

type RawBucket = { label: string; kind: "group" | "no-group"; participantIds: Set<string> };

function rawBuckets(members: readonly Member[], order: readonly string[]): RawBucket[] {
  // Keyed case-insensitively, so "marketing" and "Marketing " are one group, spelt as the round
  // lists it (or as first seen, for a group the round does not list).
  const byKey = new Map<string | null, { label: string; ids: Set<string> }>();
  for (const member of members) {
    const group = canonicalGroup(member.group, order);
    const key = group === null ? null : normalize(group);
    const entry = byKey.get(key) ?? { label: group ?? NO_GROUP_LABEL, ids: new Set<string>() };
    entry.ids.add(member.participantId);
    byKey.set(key, entry);
  }
  const listed = order.map(normalize).filter((key) => byKey.has(key));
  const unlisted = [...byKey.keys()]
    .filter((key): key is string => key !== null && !listed.includes(key))
    .sort((a, b) => byKey.get(a)!.label.localeCompare(byKey.get(b)!.label));
  const buckets: RawBucket[] = [...listed, ...unlisted].map((key) => ({ label: byKey.get(key)!.label, kind: "group", participantIds: byKey.get(key)!.ids }));
  const ungrouped = byKey.get(null);
  if (ungrouped) buckets.push({ label: NO_GROUP_LABEL, kind: "no-group", participantIds: ungrouped.ids });
  return buckets;
}

/**
 * The buckets to show, in the round's group order, then unlisted groups, "No group" and "Other".
 * Empty when fewer than `minSize` people answered at all.
 */
export function bucketParticipants(members: readonly Member[], options: { order: readonly string[]; minSize: number }): Bucket[] {
  const { order, minSize } = options;
  const all = rawBuckets(members, order);
  const total = all.reduce((sum, bucket) => sum + bucket.participantIds.size, 0);
  if (total === 0 || total < minSize) return [];

  const shown = all.filter((bucket) => bucket.participantIds.size >= minSize);
  const folded = all.filter((bucket) => bucket.participantIds.size < minSize);
  let otherSize = folded.reduce((sum, bucket) => sum + bucket.participantIds.size, 0);
  while (otherSize > 0 && otherSize < minSize) {
    // The smallest shown group (the last listed of equals) joins "Other": the least information lost.
    const smallest = shown.reduce((min, bucket) => (bucket.participantIds.size <= min.participantIds.size ? bucket : min));
    shown.splice(shown.indexOf(smallest), 1);
    folded.push(smallest);
    otherSize += smallest.participantIds.size;
  }

  const buckets: Bucket[] = shown.map((bucket) => ({ key: `${bucket.kind}:${bucket.label}`, ...bucket, folded: [] }));
  if (otherSize > 0) {
    const inOrder = all.filter((bucket) => folded.includes(bucket));
    const label = order.some((group) => normalize(group) === "other") ? "Other groups" : "Other";
    buckets.push({
      key: "other",
      label,
      kind: "other",
      participantIds: new Set(inOrder.flatMap((bucket) => [...bucket.participantIds])),
      folded: inOrder.map((bucket) => bucket.label),
    });
  }
  return buckets;
}
