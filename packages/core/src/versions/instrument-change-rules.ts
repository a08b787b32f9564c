import { accepted, added, always, byId, byName, grownOnly, madeRequired, removed, text, who, wording } from './change-rule-helpers.js';
import type { EntityRules, FieldRule } from './snapshot-diff.js';

// What each change to an instrument does to comparability (docs/methodology.md § comparability):
// questions and their codes, theme codes, checklist items, interview questions, request measures.

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

export const codeList: EntityRules = {
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

const extensionPoint: EntityRules = {
  area: 'extension point',
  id: byId,
  added: added('countries may add their own questions here'),
  removed: removed('country questions placed here have nowhere to go'),
  fields: {
    id: 'ignore',
    group: always('minor', 'country questions placed here now appear in another group: each country checks they still read right')('group'),
    recordType: always(
      'major',
      "country questions placed here land in another record type (file): the countries' data move",
    )('record type'),
  },
};

const NESTED_BY_KIND: Readonly<Record<string, Readonly<Record<string, EntityRules>>>> = {
  questionnaire: { questions: question, extensionPoints: extensionPoint },
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

export const instrument: EntityRules = {
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
    extensionPoints: nestedOf('extensionPoints'),
    codes: nestedOf('codes'),
    items: nestedOf('items'),
    script: nestedOf('script'),
    measures: nestedOf('measures'),
    sheets: nestedOf('sheets'),
  },
};
