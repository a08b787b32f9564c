import type { ActivityDefinition, BuiltActivity } from '../activity/activity-definition.js';
import type { DatasetRule, RecordRule, RecordTable } from '../activity/contracts.js';
import type { TableContract } from '../activity/table-contracts.js';
import { evaluate, type RecordValues } from '../expression/evaluate.js';
import { referencedNames } from '../expression/references.js';
import type { IssueInput } from '../issues/issue.js';

/**
 * Checks the tests of every interview activity package make of what it declares, written once
 * so that each package's tests say only what is its own. Each returns what is wrong, as data:
 * an empty list is a pass.
 */

/** The record rule of this id in a build; throws when there is none, so a renamed rule fails its test. */
export function recordRuleOf(built: BuiltActivity, id: string): RecordRule {
  const rule = built.recordRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no record rule ${id}`);
  return rule;
}

/** A record rule's verdict on one record, as validate gives it: true where it holds or does not apply. */
export function recordRuleHolds(rule: RecordRule, record: RecordValues): boolean {
  return (rule.when !== undefined && !evaluate(rule.when, record)) || evaluate(rule.assert, record);
}

/**
 * The issues of dataset rules on tables as validate hands them over: `<name>.csv`, data rows
 * numbered from 2. A rule that needs a table not given is not run.
 */
export function datasetRuleIssues(rules: readonly DatasetRule[], tables: Readonly<Record<string, readonly RecordValues[]>>): IssueInput[] {
  const map = new Map<string, RecordTable>(
    Object.entries(tables).map(([name, rows]) => [name, { file: `${name}.csv`, rows, rowNumbers: rows.map((_, i) => i + 2) }]),
  );
  return rules.filter((r) => Object.keys(r.needs).every((n) => map.has(n))).flatMap((rule) => [...rule.check(map)]);
}

/** Every field a table reads: its universe, dimensions and counted fields, statuses and details, or series. */
export function fieldsReadBy(table: TableContract): string[] {
  const names = table.universe ? referencedNames(table.universe) : [];
  switch (table.outputKind) {
    case 'count-table':
      for (const axis of [table.rows, table.columns])
        if (axis?.kind === 'field') names.push(axis.field);
        else if (axis?.kind === 'levels') names.push(...axis.levels.flatMap((l) => referencedNames(l.when)));
      return [...names, ...(table.distinct ?? []), ...(table.sum === undefined ? [] : [table.sum])];
    case 'status-table':
      return [...names, table.itemField, table.statusField, ...table.detailFields.map((d) => d.field)];
    case 'time-series':
      return [
        ...names,
        table.periodField,
        table.valueField,
        ...table.sourceFields,
        ...table.series.flatMap((s) => referencedNames(s.when)),
      ];
  }
}

/** Record types the synthesis plan never makes, and answers it gives to fields their record type does not have. */
export function synthesisPlanProblems(built: BuiltActivity): string[] {
  const plan = built.synthesis;
  if (plan === undefined) return ['it has no synthesis plan'];
  const made = new Set([plan.sample.recordType, ...plan.followOns.map((f) => f.recordType)]);
  const fields = new Map(built.recordTypes.map((r) => [r.name, new Set(r.fields.map((f) => f.name))]));
  return [
    ...built.recordTypes.filter((r) => !made.has(r.name)).map((r) => `record type ${r.name} is never made`),
    ...plan.answers
      .filter((a) => !(fields.get(a.recordType)?.has(a.field) ?? false))
      .map((a) => `an answer is planned for ${a.recordType}.${a.field}, which is not a field`),
  ];
}

/** Where an activity package's manifest and its activity disagree: the version, `dh.activity`, or an instrument's version. */
export function activityManifestProblems(
  activity: ActivityDefinition,
  manifest: { readonly version: string; readonly dh?: { readonly activity?: string } },
): string[] {
  const problems: string[] = [];
  if (activity.version !== manifest.version) problems.push(`the activity is version ${activity.version}, the package ${manifest.version}`);
  if (manifest.dh?.activity !== activity.id) problems.push(`package.json dh.activity is ${manifest.dh?.activity}, not ${activity.id}`);
  for (const instrument of activity.build().instruments)
    if (instrument.version !== manifest.version)
      problems.push(`${instrument.kind} ${instrument.id} is version ${instrument.version}, the package ${manifest.version}`);
  return problems;
}
