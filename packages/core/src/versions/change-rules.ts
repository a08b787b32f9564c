import type { BumpLevel } from './bump-level.js';
import type { EntityRules, FieldRule, Items, Judged, Shown } from './snapshot-diff.js';

// The rules of docs/methodology.md § comparability, one entry per thing a snapshot lists:
// major breaks comparison, minor adds, patch rewords. A field no rule names is major.

const always =
  (level: BumpLevel, why: string, show: Shown = 'value') =>
  (field: string): FieldRule => ({ judge: () => ({ level, what: `${field} changed`, why }), show });

const text: FieldRule = { text: true };
const wording: FieldRule = { judge: () => ({ level: 'patch', what: 'description edited', why: 'a description or hint edit' }) };

/** Lists that only grew add (minor); any entry gone breaks comparison (major). */
const grownOnly =
  (what: string) =>
  (field: string): FieldRule => ({
    judge: (b, a) => {
      const kept = (b as string[]).every((x) => (a as string[]).includes(x));
      return kept
        ? { level: 'minor', what: `${what} added`, why: 'only additions: earlier results still stand' }
        : { level: 'major', what: `${field} lost an entry`, why: `a ${what} removed: earlier results used it` };
    },
  });

const madeRequired: FieldRule = {
  judge: (_b, a) =>
    a === true
      ? { level: 'major', what: 'made required', why: 'changes who must answer: earlier records may lack it' }
      : { level: 'minor', what: 'made optional', why: 'answers may now be missing where they were required' },
};

const added =
  (why: string, level: BumpLevel = 'minor') =>
  (): Judged => ({ level, what: 'added', why });
const removed = (why: string, level: BumpLevel = 'major'): Judged => ({ level, what: 'removed', why });
const byName = (item: Record<string, unknown>): string => String(item['name']);
const byId = (item: Record<string, unknown>): string => String(item['id']);

const who = always('major', 'relevance changed: who is asked changes', 'expr')('relevance');
const accepted = always('major', 'which answers are accepted changes', 'expr');

const question: EntityRules = {
  area: 'question',
  id: byName,
  added: (q) =>
    q['required'] === true && q['type'] !== 'note' && q['type'] !== 'calculate'
      ? { level: 'major', what: 'added, required', why: 'a new required question: records of the earlier version lack it' }
      : { level: 'minor', what: 'added', why: 'a new optional question adds; earlier comparisons still hold' },
  removed: removed('a question removed: its variable and the indicators on it are gone'),
  fields: {
    name: 'ignore',
    recordType: always('major', 'the record (file) it lands in changed')('record type'),
    type: always('major', 'a type change changes what the answers are')('type'),
    required: madeRequired,
    selfCompleted: always('major', 'who records the answer (interviewer or respondent) changes answers')('self-completion'),
    relevant: who,
    constraint: accepted('constraint'),
    minimum: accepted('minimum'),
    maximum: accepted('maximum'),
    calculation: always('major', 'the calculated value changes', 'expr')('calculation'),
    listName: always('major', 'the answer codes changed')('choice list'),
    label: text,
    hint: text,
    constraintMessage: text,
  },
};

const code = (extension: boolean): EntityRules => ({
  area: 'code',
  id: (c) => String(c['code']),
  added: extension
    ? added('a code added to an extension list')
    : added('a code added to a fixed list changes what the other codes capture', 'major'),
  removed: removed('a code removed: answers with it no longer exist'),
  fields: {
    code: 'ignore',
    label: text,
    missing: always('major', 'code meaning changed: how analysis treats it')('missing kind'),
  },
});

const codeList: EntityRules = {
  area: 'code list',
  id: byName,
  added: added('a new code list'),
  removed: removed('a code list removed'),
  fields: {
    name: 'ignore',
    extension: always('major', 'who decides its codes changed')('extension'),
    choices: { nested: (list) => code(list['extension'] === true) },
  },
};

const themeCode: EntityRules = {
  area: 'theme code',
  id: byId,
  added: added('a theme code adds'),
  removed: removed('a theme code removed: segments coded with it no longer fit the frame'),
  fields: {
    id: 'ignore',
    parent: always('major', 'moved in the frame: counts rolled up to its parent change')('parent'),
    label: text,
    definition: text,
    include: text,
    exclude: text,
    example: text,
  },
};

const checklistItem: EntityRules = {
  area: 'checklist item',
  id: byId,
  added: added('a checklist item adds'),
  removed: removed('a checklist item removed: earlier reviews scored it'),
  fields: {
    id: 'ignore',
    section: always('major', 'law or policy: the evidence it asks for changed')('section'),
    definedIn: always('major', 'the item declares its definition changed in a way that breaks comparison')('definedIn'),
    standard: wording,
    question: text,
    guidance: text,
  },
};

const guideQuestion: EntityRules = {
  area: 'interview question',
  id: byId,
  added: added('an interview question adds'),
  removed: removed('an interview question removed: earlier interviews covered it'),
  fields: {
    id: 'ignore',
    section: 'ignore',
    sectionTitle: text,
    respondentTypes: always('major', 'who is asked changes')('respondent types'),
    text,
    probes: {
      judge: (b, a) =>
        (b as { key: string }[]).map((p) => p.key).join() === (a as { key: string }[]).map((p) => p.key).join()
          ? { level: 'patch', what: 'probe wording changed', why: 'source wording with the same keys' }
          : { level: 'minor', what: 'probes added or removed', why: 'follow-up prompts changed; the question stands' },
    },
  },
};

const scriptParagraph: EntityRules = {
  area: 'script paragraph',
  id: byId,
  added: added('a script paragraph adds'),
  removed: removed('a paragraph of the consent, closing or notes script removed'),
  fields: { id: 'ignore', text },
};

const measure: EntityRules = {
  area: 'measure',
  id: byId,
  added: added('a measure adds'),
  removed: removed('a measure removed: earlier requests asked for it'),
  fields: {
    id: 'ignore',
    label: text,
    unit: text,
    definition: text,
    caveat: text,
    categoryList: always('major', 'its categories changed')('category list'),
    breakdownLists: grownOnly('breakdown')('breakdown lists'),
  },
};

const sheet: EntityRules = {
  area: 'request sheet',
  id: byId,
  added: added('a request sheet adds'),
  removed: removed('a request sheet removed'),
  fields: {
    id: 'ignore',
    title: text,
    sourceType: always('major', 'the source type it is for changed')('source type'),
    measures: grownOnly('measure')('measures'),
  },
};

const NESTED_BY_KIND: Readonly<Record<string, Readonly<Record<string, EntityRules>>>> = {
  questionnaire: { questions: question },
  'coding-frame': { codes: themeCode },
  checklist: { items: checklistItem },
  'interview-guide': { questions: guideQuestion, script: scriptParagraph },
  'data-request': { measures: measure, sheets: sheet },
};

const nestedOf = (field: string): FieldRule => ({
  nested: (instrument) => {
    const rules = NESTED_BY_KIND[String(instrument['kind'])]?.[field];
    if (!rules) throw new Error(`no change rules for "${field}" of a ${String(instrument['kind'])}`);
    return rules;
  },
});

const instrument: EntityRules = {
  area: 'instrument',
  id: byId,
  added: added('a new instrument adds'),
  removed: removed('an instrument removed'),
  fields: {
    id: 'ignore',
    // An instrument's own version follows the package's; the changes themselves are judged.
    version: 'ignore',
    kind: always('major', 'a different kind of instrument')('kind'),
    title: text,
    recordType: always('major', 'the record (file) it produces changed')('record type'),
    key: always('major', 'what identifies a record changed')('key'),
    statusList: always('major', 'the status codes changed')('status list'),
    respondentTypeList: always('major', 'the respondent types changed')('respondent type list'),
    notAvailable: always('major', 'what marks a figure not available changed')('not-available marker'),
    periods: grownOnly('period')('periods'),
    questions: nestedOf('questions'),
    codes: nestedOf('codes'),
    items: nestedOf('items'),
    script: nestedOf('script'),
    measures: nestedOf('measures'),
    sheets: nestedOf('sheets'),
  },
};

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

const recordType: EntityRules = {
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

const derivedVariable: EntityRules = {
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

const disaggregation: EntityRules = {
  area: 'disaggregation',
  id: byId,
  added: added('a new disaggregation adds'),
  removed: removed('a disaggregation removed'),
  fields: { id: 'ignore', title: wording, levels: always('major', 'who falls in each level changed')('levels') },
};

const definitionOf = (why: string, show: Shown = 'value') => always('major', why, show);

const indicator: EntityRules = {
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

const table: EntityRules = {
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
    contract: definitionOf('what the table counts or shows changed')('contract'),
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

const recordRule: EntityRules = {
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

const datasetRule: EntityRules = {
  area: 'dataset rule',
  id: byId,
  added: added('a new cross-record check can refuse data the earlier version accepted (its code is not in a snapshot: review it)', 'major'),
  removed: removed('a check removed: data the earlier version accepted still pass', 'minor'),
  fields: { id: 'ignore', description: wording, needs: always('major', 'it reads other data: its check changed')('data read') },
};

/** The rules for each list of a snapshot, in the order changes are reported. */
export const SNAPSHOT_RULES: Readonly<Record<string, EntityRules>> = {
  instruments: instrument,
  codeLists: codeList,
  recordTypes: recordType,
  derivedVariables: derivedVariable,
  disaggregations: disaggregation,
  indicators: indicator,
  tables: table,
  recordRules: recordRule,
  datasetRules: datasetRule,
};
