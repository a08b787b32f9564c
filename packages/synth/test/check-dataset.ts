import {
  compileExpression,
  compileRecordValidator,
  createAjv,
  recordJsonSchema,
  type BuiltActivity,
  type CompiledExpression,
  type Expr,
  type FieldDefinition,
  type IssueCode,
  type RecordTable,
  type RecordType,
} from '@dh/core';
import { parseCsv } from './parse-csv.js';

/** An issue as the tests compare them: what, where. */
export interface Found {
  readonly code: IssueCode;
  readonly file: string;
  readonly row: number;
  readonly field: string;
}

interface Table {
  readonly rt: RecordType;
  readonly file: string;
  readonly header: string[];
  /** Records as text, '' where empty; fields absent from the file are ''. */
  readonly records: Record<string, string>[];
}

const cache = new Map<Expr, CompiledExpression>();
/** Compiled once per expression: the oracle reads thousands of rows. */
function holds(expr: Expr, record: Record<string, string>, self?: string): boolean {
  let compiled = cache.get(expr);
  if (!compiled) cache.set(expr, (compiled = compileExpression(expr)));
  return compiled.test(record, self);
}

const PHONE = /\+?\d[\d\s().-]{6,}\d/;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

function typed(field: FieldDefinition, text: string): unknown {
  if (text === '') return null;
  if (field.valueType === 'integer') return /^-?\d+$/.test(text) ? Number(text) : text;
  if (field.valueType === 'number') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (field.valueType === 'codes') return text.split(' ');
  return text;
}

/** The value checks of the published JSON Schema, by field: the first issue code each failing field earns. */
function schemaIssues(t: Table, push: (code: IssueCode, row: number, field: string) => void): Set<string> {
  const validate = compileRecordValidator(recordJsonSchema(t.rt), createAjv());
  const failed = new Set<string>();
  t.records.forEach((record, i) => {
    const object = Object.fromEntries(t.rt.fields.map((f) => [f.name, typed(f, record[f.name] ?? '')]));
    if (validate(object)) return;
    const byField = new Map<string, string[]>();
    for (const e of validate.errors ?? []) {
      const name = e.instancePath.split('/')[1] ?? '';
      byField.set(name, [...(byField.get(name) ?? []), e.keyword]);
    }
    for (const [name, keywords] of byField) {
      failed.add(`${i}:${name}`);
      const code: IssueCode =
        object[name] === null
          ? 'required-missing'
          : keywords.includes('enum')
            ? 'unknown-code'
            : keywords.includes('minimum') || keywords.includes('maximum')
              ? 'out-of-range'
              : 'type-error';
      push(code, i + 2, name);
    }
  });
  return failed;
}

function recordIssues(built: BuiltActivity, t: Table, push: (code: IssueCode, row: number, field: string) => void): void {
  const failed = schemaIssues(t, push);
  const gates = built.consent.filter((g) => g.recordType === t.rt.name);
  const rules = built.recordRules.filter((r) => r.recordType === t.rt.name);
  const present = t.rt.fields.filter((f) => t.header.includes(f.name));
  t.records.forEach((record, i) => {
    for (const f of present) {
      const value = record[f.name] ?? '';
      const relevant = !f.relevant || holds(f.relevant, record);
      if (!relevant && value !== '') push('answered-not-relevant', i + 2, f.name);
      if (relevant && value === '' && f.required && f.relevant) push('relevant-missing', i + 2, f.name);
      if (relevant && value !== '' && f.constraint && !failed.has(`${i}:${f.name}`) && !holds(f.constraint, record, f.name))
        push('constraint-failed', i + 2, f.name);
      if (f.freeText && (PHONE.test(value) || EMAIL.test(value))) push('personal-identifier-value', i + 2, f.name);
    }
    for (const gate of gates) {
      const answered = present.find((f) => !gate.before.includes(f.name) && record[f.name] !== '');
      if (!holds(gate.condition, record) && answered) push('consent-missing', i + 2, answered.name);
    }
    for (const rule of rules) {
      if ((!rule.when || holds(rule.when, record)) && !holds(rule.assert, record))
        push(rule.severity === 'warning' ? 'rule-warning' : 'rule-failed', i + 2, rule.field);
    }
  });
}

function keyOf(record: Record<string, string>, fields: readonly string[]): string {
  return fields.map((f) => record[f] ?? '').join('\u0000');
}

function crossRecordIssues(
  built: BuiltActivity,
  tables: Map<string, Table>,
  push: (code: IssueCode, file: string, row: number, field: string) => void,
): void {
  for (const t of tables.values()) {
    const seen = new Set<string>();
    t.records.forEach((r, i) => {
      const key = keyOf(r, t.rt.key);
      if (seen.has(key)) push('duplicate-id', t.file, i + 2, t.rt.key[0] ?? '');
      seen.add(key);
    });
  }
  for (const link of built.links) {
    const from = tables.get(link.from.recordType);
    const to = tables.get(link.to.recordType);
    if (!from || !to) continue;
    const targets = new Map<string, number>(to.records.map((r) => [keyOf(r, link.to.fields), 0]));
    from.records.forEach((r, i) => {
      const key = keyOf(r, link.from.fields);
      if (link.from.fields.some((f) => (r[f] ?? '') === '')) return;
      if (!targets.has(key)) push('broken-link', from.file, i + 2, link.from.fields[0] ?? '');
      else targets.set(key, (targets.get(key) ?? 0) + 1);
    });
    if (link.oneToOne)
      to.records.forEach(
        (r, i) => targets.get(keyOf(r, link.to.fields)) !== 1 && push('count-mismatch', to.file, i + 2, link.to.fields[0] ?? ''),
      );
  }
  for (const design of built.designs) {
    const t = tables.get(design.recordType);
    const strata = new Map<string, string>();
    t?.records.forEach((r, i) => {
      const psu = r[design.psu] ?? '';
      const stratum = r[design.stratum] ?? '';
      if (strata.has(psu) && strata.get(psu) !== stratum) push('psu-in-several-strata', t.file, i + 2, design.psu);
      strata.set(psu, stratum);
    });
  }
  const recordTables = new Map<string, RecordTable>(
    [...tables].map(([name, t]) => [name, { file: t.file, rows: t.records, rowNumbers: t.records.map((_, i) => i + 2) }]),
  );
  for (const rule of built.datasetRules) {
    for (const issue of rule.check(recordTables)) push(issue.code, issue.file ?? '', issue.row ?? 0, issue.field ?? '');
  }
}

/**
 * Every issue a careful validator would report on these files: header, JSON Schema values,
 * skip logic and constraints re-evaluated from the instrument's expressions, consent,
 * personal identifiers, record and dataset rules, keys, links and the design nesting.
 */
export function checkDataset(built: BuiltActivity, files: ReadonlyMap<string, string>): Found[] {
  const found: Found[] = [];
  const tables = new Map<string, Table>();
  for (const rt of built.recordTypes) {
    const file = `${rt.name}.csv`;
    const [header = [], ...rows] = parseCsv(files.get(file) ?? '');
    for (const f of rt.fields) if (!header.includes(f.name)) found.push({ code: 'missing-column', file, row: 1, field: f.name });
    for (const name of header) if (!rt.fields.some((f) => f.name === name)) found.push({ code: 'extra-column', file, row: 1, field: name });
    const records = rows.map((cells) => Object.fromEntries(rt.fields.map((f) => [f.name, cells[header.indexOf(f.name)] ?? ''])));
    const t: Table = { rt, file, header, records };
    tables.set(rt.name, t);
    recordIssues(built, t, (code, row, field) => found.push({ code, file, row, field }));
  }
  crossRecordIssues(built, tables, (code, file, row, field) => found.push({ code, file, row, field }));
  return found;
}

/** Issues as sorted one-line strings, for exact comparison. */
export function issueLines(issues: readonly Found[]): string[] {
  return issues.map((i) => `${i.code} ${i.file}:${i.row} ${i.field}`).sort();
}
