import type { DesignDeclaration, RecordLink } from '@dh/core';
import type { CellKind } from '../load/column-plan.js';

/**
 * How a record type reaches its survey design: its own declaration (no links), or links
 * followed from child to parent until a record type that declares one (roster → household).
 */
export interface DesignRoute {
  readonly recordType: string;
  readonly links: readonly RecordLink[];
  readonly declaration: DesignDeclaration;
}

/** The shortest route to a design, or undefined when no declaration is reachable. */
export function findDesignRoute(
  recordType: string,
  designs: readonly DesignDeclaration[],
  links: readonly RecordLink[],
): DesignRoute | undefined {
  const declared = new Map(designs.map((d) => [d.recordType, d]));
  const queue: { at: string; path: RecordLink[] }[] = [{ at: recordType, path: [] }];
  const visited = new Set([recordType]);
  while (queue.length > 0) {
    const { at, path } = queue.shift() as { at: string; path: RecordLink[] };
    const declaration = declared.get(at);
    if (declaration) return { recordType, links: path, declaration };
    for (const link of links) {
      if (link.from.recordType !== at || visited.has(link.to.recordType)) continue;
      visited.add(link.to.recordType);
      queue.push({ at: link.to.recordType, path: [...path, link] });
    }
  }
  return undefined;
}

/** The columns each record type on the route must keep so the design can be carried along it. */
export function routeColumns(route: DesignRoute): Map<string, Map<string, CellKind>> {
  const needs = new Map<string, Map<string, CellKind>>();
  const add = (recordType: string, name: string, kind: CellKind): void => {
    const columns = needs.get(recordType) ?? new Map<string, CellKind>();
    if (!columns.has(name)) columns.set(name, kind);
    needs.set(recordType, columns);
  };
  for (const link of route.links) {
    link.from.fields.forEach((f) => add(link.from.recordType, f, 'text'));
    link.to.fields.forEach((f) => add(link.to.recordType, f, 'text'));
  }
  const { declaration } = route;
  add(declaration.recordType, declaration.stratum, 'text');
  add(declaration.recordType, declaration.psu, 'text');
  add(declaration.recordType, declaration.weight, 'number');
  return needs;
}

/** "child (own design)" or "roster → household", as results and reports print it. */
export function describeRoute(route: DesignRoute): string {
  if (route.links.length === 0) return `${route.recordType} (own design variables)`;
  const via = route.links.map((l) => `${l.from.recordType}.${l.from.fields.join('+')} → ${l.to.recordType}.${l.to.fields.join('+')}`);
  return `${route.recordType}, from ${route.declaration.recordType} through ${via.join(', ')}`;
}
