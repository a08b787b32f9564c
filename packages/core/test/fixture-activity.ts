import { z } from 'zod';
import {
  choices,
  defineInstrument,
  extensionList,
  integer,
  q,
  recordTypesOf,
  selectOne,
  text,
  type ActivityDefinition,
  type ChoiceListDraft,
  type DerivedVariable,
  type IndicatorContract,
  type NodeDraft,
} from '../src/index.js';

/** The parts of a small survey activity a test changes, one way at a time. */
export interface FixtureParts {
  readonly version: string;
  /** Questions, or groups of them (a group may be an extension point). */
  readonly questions: NodeDraft[];
  readonly lists: ChoiceListDraft[];
  readonly derived: DerivedVariable[];
  readonly indicators: IndicatorContract[];
}

const indicator: IndicatorContract = {
  id: 'online_share',
  title: 'Children online',
  definition: 'Share of children who used the internet in the past 3 months.',
  activity: 'fixture-survey',
  recordType: 'child',
  acceptsVersions: '^1.0.0',
  version: '1.0.0',
  estimator: 'proportion',
  universe: q('age').between(12, 17),
  numerator: q('online').eq('yes'),
  missing: { dontKnow: 'exclude', refused: 'exclude', missing: 'exclude', note: 'Non-answers are left out.' },
  missingFrom: ['online'],
  recallPeriod: 'past 3 months',
  weighted: true,
  disaggregations: [],
};

export function baseParts(): FixtureParts {
  return {
    version: '1.0.0',
    questions: [
      text('child_id', 'Child code', { required: true }),
      integer('age', 'How old are you?', { required: true, min: 12, max: 17 }),
      selectOne('online', 'yes_no', 'Did you use the internet in the past 3 months?', { hint: 'Any device, anywhere.' }),
      selectOne('platform', 'platform', 'Which platform do you use most?', { relevant: q('online').eq('yes') }),
    ],
    lists: [
      choices('yes_no', [['yes', 'Yes'], ['no', 'No'], { code: 'refused', label: 'Refused', missing: 'refused' }]),
      extensionList('platform', [
        ['platform_a', 'Platform A'],
        ['platform_b', 'Platform B'],
      ]),
    ],
    derived: [
      {
        name: 'online_teen',
        recordType: 'child',
        version: '1.0.0',
        title: 'Online teen',
        description: 'Aged 13+ and online.',
        expr: q('online').eq('yes'),
      },
    ],
    indicators: [indicator],
  };
}

/** A survey activity of one questionnaire, built from its parts after `edit` changed them. */
export function fixtureActivity(edit: (parts: FixtureParts) => FixtureParts = (p) => p): ActivityDefinition {
  const parts = edit(baseParts());
  const instrument = defineInstrument({
    id: 'child_questionnaire',
    title: 'Child questionnaire',
    version: parts.version,
    recordType: 'child',
    key: ['child_id'],
    choiceLists: parts.lists,
    children: parts.questions,
  });
  return {
    id: 'fixture-survey',
    title: 'Fixture survey',
    version: parts.version,
    kind: 'survey',
    description: 'A survey made up for tests.',
    settings: z.object({}),
    issues: [],
    disclosure: { case: 'respondent', description: 'one child' },
    comparability: [],
    build: () => ({
      instruments: [instrument],
      recordTypes: recordTypesOf(instrument),
      links: [],
      recordRules: [],
      datasetRules: [],
      derivedVariables: parts.derived,
      designs: [],
      consent: [],
      disaggregations: [],
      indicators: parts.indicators,
      tables: [],
    }),
  };
}
