import { escapeHtml as e } from '@dh/core';

type Schema = Record<string, unknown>;

/**
 * A JSON Schema as a reference table: one row per property at any depth (`activities.<id>.settings.ageRange.min`),
 * with its type, whether it is required, its default and description, read from the schema itself.
 */
export function schemaTable(schema: Schema): string {
  const rows: string[] = [];
  const defs = (schema['$defs'] ?? schema['definitions'] ?? {}) as Record<string, Schema>;
  const resolve = (s: Schema): Schema => {
    const ref = s['$ref'];
    if (typeof ref !== 'string') return s;
    const name = ref.split('/').pop() ?? '';
    return defs[name] ?? s;
  };
  const visit = (s: Schema, path: string, required: boolean, depth: number): void => {
    const node = resolve(s);
    if (path !== '')
      rows.push(
        `<tr><td><code>${e(path)}</code></td><td>${e(typeText(node))}</td><td>${required ? 'yes' : 'no'}</td><td>${e(
          node['default'] === undefined ? '' : JSON.stringify(node['default']),
        )}</td><td>${e(String(node['description'] ?? ''))}</td></tr>`,
      );
    if (depth > 6) return;
    const properties = node['properties'] as Record<string, Schema> | undefined;
    const needed = new Set((node['required'] as string[] | undefined) ?? []);
    for (const [name, child] of Object.entries(properties ?? {}))
      visit(child, path === '' ? name : `${path}.${name}`, needed.has(name), depth + 1);
    const items = node['items'] as Schema | undefined;
    if (items !== undefined && typeof items === 'object') visit(items, `${path}[]`, false, depth + 1);
    // A field that may be null (or take one of several shapes) documents the fields of each shape.
    for (const option of (node['anyOf'] as Schema[] | undefined) ?? []) {
      const shape = resolve(option);
      const fields = shape['properties'] as Record<string, Schema> | undefined;
      const needs = new Set((shape['required'] as string[] | undefined) ?? []);
      for (const [name, child] of Object.entries(fields ?? {})) visit(child, `${path}.${name}`, needs.has(name), depth + 1);
      const inner = shape['items'] as Schema | undefined;
      if (inner !== undefined && typeof inner === 'object') visit(inner, `${path}[]`, false, depth + 1);
    }
    const extra = node['additionalProperties'];
    if (extra !== undefined && typeof extra === 'object' && extra !== null) visit(extra as Schema, `${path}.<name>`, false, depth + 1);
  };
  visit(schema, '', true, 0);
  return `<table><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Default</th><th scope="col">What it is</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function typeText(s: Schema): string {
  if (Array.isArray(s['enum'])) return `one of ${(s['enum'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (s['const'] !== undefined) return JSON.stringify(s['const']);
  const type = s['type'];
  if (Array.isArray(type)) return type.join(' or ');
  if (typeof type === 'string') return s['format'] ? `${type} (${String(s['format'])})` : type;
  if (Array.isArray(s['anyOf'])) return (s['anyOf'] as Schema[]).map(typeText).join(' or ');
  return 'any';
}
