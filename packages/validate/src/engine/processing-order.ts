import type { RecordLink } from '@dh/core';

/**
 * Record types in an order where each link's target comes before the records that refer to
 * it (households before rosters, children before caregivers), so references are checked as
 * they are read. A cycle is broken at the first record type in the activity's order.
 */
export function processingOrder(recordTypes: readonly string[], links: readonly RecordLink[]): string[] {
  const present = new Set(recordTypes);
  const order: string[] = [];
  const done = new Set<string>();
  const ready = (name: string) =>
    links.every(
      (link) =>
        link.from.recordType !== name || link.to.recordType === name || !present.has(link.to.recordType) || done.has(link.to.recordType),
    );
  while (order.length < recordTypes.length) {
    const remaining = recordTypes.filter((name) => !done.has(name));
    const next = remaining.find(ready) ?? remaining[0];
    if (next === undefined) break;
    order.push(next);
    done.add(next);
  }
  return order;
}
