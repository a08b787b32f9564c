import { accepted, added, always, byId, byName, grownOnly, madeRequired, removed, text, who, wording } from './change-rule-helpers.js';
import type { EntityRules, FieldRule, Items, Shown } from './snapshot-diff.js';

// What each change to record types, derived variables, indicator and table contracts and
// validation rules does to comparability (docs/methodology.md § comparability).

const field: EntityRules = {
  area: 'field',
  id: byName,
  added: (f) =>
    f['required'] === true
      ? { level: 'major', what: 'added, required', why: 'a new required field: records of the earlier version lack it' }
      : { level: 'minor', what: 'added', why: 'a new optional field adds' },
  removed: removed('a field removed'),
  fields: {
    name: 'ignore',
    valueType: always('major', 'a type change changes what the values are')('value type'),
    required: madeRequired,
    listName: always('major', 'the codes changed')('code list'),
    minimum: accepted('minimum'),
    maximum: accepted('maximum'),
    maxLength: accepted('maximum length'),
    pattern: accepted('pattern'),
    relevant: who,
    constraint: accepted('constraint'),
    label: text,
  },
};

export const recordType: EntityRules = {
  area: 'record type',
  id: byName,
  added: added('a new record type adds'),
  removed: removed('a record type removed'),
  fields: {
    name: 'ignore',
    instrument: always('major', 'the instrument it comes from changed')('instrument'),
    key: always('major', 'what identifies a record changed')('key'),
    fields: { nested: () => field },
  },
};

/** A derived variable is versioned on its own: a changed definition under the same version breaks comparison. */
const versionedDefinition = (what: string): FieldRule => ({
  show: 'expr',
  judge: (_b, _a, items: Items) =>
    items.before['version'] === items.after['version']
      ? { level: 'major', what: `${what} changed without a new version`, why: 'results under one version no longer mean one thing' }
      : { level: 'minor', what: `${what} changed with a new version`, why: 'indicators say which versions they accept' },
});

export const derivedVariable: EntityRules = {
  area: 'derived variable',
  id: byName,
  added: added('a new derived variable adds'),
  removed: removed('a derived variable removed'),
  fields: {
    name: 'ignore',
    version: 'ignore',
    expr: versionedDefinition('definition'),
    recordType: always('major', 'the record it is computed on changed')('record type'),
    title: wording,
    description: wording,
  },
};

export const disaggregation: EntityRules = {
  area: 'disaggregation',
  id: byId,
  added: added('a new disaggregation adds'),
  removed: removed('a disaggregation removed'),
  fields: { id: 'ignore', title: wording, levels: always('major', 'who falls in each level changed')('levels') },
};

const definitionOf = (why: string, show: Shown = 'value') => always('major', why, show);

export const indicator: EntityRules = {
  area: 'indicator',
  id: byId,
  added: added('an indicator added'),
  removed: removed('an indicator removed'),
  fields: {
    id: 'ignore',
    version: 'ignore',
    title: wording,
    definition: wording,
    caveat: wording,
    recordType: definitionOf('the records it is computed on changed')('record type'),
    acceptsVersions: definitionOf('which instrument versions it accepts changed')('accepted versions'),
    estimator: definitionOf('a different estimate')('estimator'),
    universe: definitionOf('who is in the denominator changed', 'expr')('universe'),
    numerator: definitionOf('who counts in the numerator changed', 'expr')('numerator'),
    value: definitionOf('the value estimated changed', 'expr')('value'),
    missing: definitionOf("how don't know, refused and missing answers count changed")('missing treatment'),
    missingFrom: definitionOf('which answers the missing treatment applies to changed')('missing-from variables'),
    recallPeriod: definitionOf('the period asked about changed')('recall period'),
    weighted: definitionOf('weighting changed')('weighting'),
    populationBase: definitionOf('the population a national count stands for changed')('population base'),
    disaggregations: grownOnly('disaggregation')('disaggregations'),
  },
};

/** Keys of a table contract that change what is printed beside the table (its sources), not what it counts. */
const PRINTED_BESIDE = new Set(['sourceFields']);

/** What a table counts or shows; a change to what is only printed beside it is an edit. */
const tableContract: FieldRule = {
  show: 'value',
  judge: (before, after) => {
    const counted = (contract: unknown) =>
      JSON.stringify(Object.entries(contract as Record<string, unknown>).filter(([key]) => !PRINTED_BESIDE.has(key)));
    return counted(before) === counted(after)
      ? { level: 'patch', what: 'sources printed with it changed', why: 'what the table counts is unchanged' }
      : { level: 'major', what: 'contract changed', why: 'what the table counts or shows changed' };
  },
};

export const table: EntityRules = {
  area: 'table',
  id: byId,
  added: added('a table added'),
  removed: removed('a table removed'),
  fields: {
    id: 'ignore',
    version: 'ignore',
    title: wording,
    definition: wording,
    caveat: wording,
    outputKind: definitionOf('a different kind of table')('output kind'),
    contract: tableContract,
  },
};

/** A new or stricter error refuses data an earlier version accepted; a warning only says so. */
const bySeverity = (what: string): FieldRule => ({
  show: 'expr',
  judge: (_b, _a, items: Items) =>
    items.after['severity'] === 'error'
      ? { level: 'major', what: `${what} changed`, why: 'an error rule: which records pass changes' }
      : { level: 'minor', what: `${what} changed`, why: 'a warning or note: no record is refused' },
});

export const recordRule: EntityRules = {
  area: 'validation rule',
  id: byId,
  added: (r) =>
    r['severity'] === 'error'
      ? { level: 'major', what: 'added', why: 'a new error rule can refuse data the earlier version accepted' }
      : { level: 'minor', what: 'added', why: 'a new warning or note refuses nothing' },
  removed: removed('a rule removed: data the earlier version accepted still pass', 'minor'),
  fields: {
    id: 'ignore',
    recordType: always('major', 'the records it checks changed')('record type'),
    severity: {
      judge: (_b, a) =>
        a === 'error'
          ? { level: 'major', what: 'made an error', why: 'it can now refuse data the earlier version accepted' }
          : { level: 'minor', what: 'made a warning or note', why: 'it refuses less' },
    },
    when: bySeverity('condition'),
    assert: bySeverity('assertion'),
    field: wording,
    code: always('minor', 'its issue code changed')('code'),
    description: wording,
    message: wording,
  },
};

export const datasetRule: EntityRules = {
  area: 'dataset rule',
  id: byId,
  added: (r) =>
    r['warnsOnly'] === true
      ? { level: 'minor', what: 'added, warnings only', why: 'a new check that only warns refuses nothing' }
      : {
          level: 'major',
          what: 'added',
          why: 'a new cross-record check can refuse data the earlier version accepted (its code is not in a snapshot: review it)',
        },
  removed: removed('a check removed: data the earlier version accepted still pass', 'minor'),
  fields: {
    id: 'ignore',
    description: wording,
    needs: always('major', 'it reads other data: its check changed')('data read'),
    warnsOnly: {
      judge: (_b, a) =>
        a === true
          ? { level: 'minor', what: 'now warns only', why: 'it refuses nothing now' }
          : { level: 'major', what: 'may now refuse data', why: 'a check that only warned can now fail records' },
    },
  },
};
