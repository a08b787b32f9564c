// An interview activity of the tests' own (kind `interview`): a guide, a coding frame, an
// interview log and coded segments, a theme matrix. No shared code names it.
import {
  activitySettings,
  codeOf,
  defineCodingFrame,
  defineInterviewGuide,
  defineIssue,
  defineRecordType,
  EthicalClearanceSchema,
  frameCodes,
  q,
  recordList,
  type ActivityDefinition,
  type AssessmentConfig,
  type BuiltActivity,
  type DatasetRule,
  type IssueInput,
} from '@dh/core';
import { z } from 'zod';

export const INTERVIEWS_ID = 'fixture-interviews';
const VERSION = '1.0.0';

const Settings = z.strictObject({
  ethicalClearance: EthicalClearanceSchema.optional(),
  planned: z.record(z.string(), z.int().min(0)).default({}),
});

const respondentTypes = recordList('respondent_type', [
  ['officer', 'Police officer'],
  ['prosecutor', 'Prosecutor'],
]);
const yesNo = recordList('yes_no', [
  ['yes', 'Yes'],
  ['no', 'No'],
]);
const frame = defineCodingFrame({
  id: 'fixture_frame',
  title: 'Fixture coding frame',
  version: VERSION,
  codes: [
    {
      id: 'capacity',
      label: 'Capacity',
      definition: 'What the unit can and cannot do.',
      children: [
        {
          id: 'training_gap',
          label: 'Lack of training',
          definition: 'Staff say they were not trained for online cases.',
          example: 'Nobody showed us how to take evidence from a phone.',
        },
        { id: 'slow_evidence', label: 'Evidence from platforms is slow', definition: 'Requests to platforms take months.' },
      ],
    },
    { id: 'victim_blaming', label: 'Victim-blaming attitudes', definition: 'Children are held responsible for what was done to them.' },
  ],
});
const themes = recordList(
  'theme',
  frameCodes(frame).map((c) => [c.id, c.label.en] as const),
);

const log = defineRecordType({
  name: 'interview_log',
  title: 'Interview log',
  key: ['interview_code'],
  instrument: { id: 'fixture_log', version: VERSION },
  lists: [respondentTypes, yesNo],
  schema: z.strictObject({
    interview_code: z
      .string()
      .regex(/^[A-Z]{2}-\d{3}$/)
      .meta({ description: 'Anonymous interview code' }),
    respondent_type: codeOf(respondentTypes).meta({ description: 'Respondent type' }),
    interview_date: z.iso.date().meta({ description: 'Date of the interview' }),
    consent: codeOf(yesNo).meta({ description: 'Consent recorded' }),
    minutes: z.int().min(5).max(240).nullable().meta({ description: 'Length in minutes' }),
  }),
});
const segments = defineRecordType({
  name: 'coded_segment',
  title: 'Coded segments',
  key: ['segment_id'],
  instrument: { id: 'fixture_frame', version: VERSION },
  lists: [themes],
  schema: z.strictObject({
    segment_id: z.string().meta({ description: 'Segment id' }),
    interview_code: z.string().meta({ description: 'Interview code' }),
    theme: codeOf(themes).meta({ description: 'Theme code' }),
  }),
});

const outsideFrame = defineIssue({
  code: `${INTERVIEWS_ID}/too-few-themes`,
  severity: 'warning',
  category: 'rule',
  title: 'Interview coded with one theme only',
  description: 'An interview was coded with a single theme; coding may be incomplete.',
  message: 'Interview {interview} has one coded theme only',
  hint: 'Check the coding of this interview in the QDA project.',
});

const oneThemeOnly: DatasetRule = {
  id: 'coding-complete',
  description: 'Each interview is coded with more than one theme.',
  needs: { coded_segment: ['interview_code', 'theme'] },
  *check(tables): Iterable<IssueInput> {
    const table = tables.get('coded_segment');
    if (!table) return;
    const byInterview = new Map<string, Set<string>>();
    table.rows.forEach((row) => {
      const code = String(row['interview_code'] ?? '');
      byInterview.set(code, (byInterview.get(code) ?? new Set()).add(String(row['theme'] ?? '')));
    });
    for (const [interview, found] of byInterview)
      if (found.size === 1) yield { code: outsideFrame.code, file: table.file, params: { interview } };
  },
};

function build(config?: AssessmentConfig): BuiltActivity {
  void activitySettings(config, INTERVIEWS_ID, Settings, { planned: {} });
  const guide = defineInterviewGuide({
    id: 'fixture_guide',
    title: 'Fixture interview guide',
    version: VERSION,
    purpose: 'To learn how the unit handles online cases.',
    respondentTypes,
    opening: [
      ['intro', 'We are researchers. Taking part is voluntary; you may stop at any time.'],
      ['consent', 'Do you agree to take part?'],
    ],
    sections: [
      {
        id: 'work',
        title: 'Your work',
        questions: [{ id: 'cases', text: 'What online cases reach you?', probes: ['How many in a month?'] }],
      },
      { id: 'courts', title: 'Courts', for: ['prosecutor'], questions: [{ id: 'trials', text: 'How do trials go?' }] },
    ],
    closing: [['thanks', 'Thank you. If anything we talked about troubles you, here is where to get help.']],
    notes: [['no_names', 'Never write a name in your notes.']],
  });
  return {
    instruments: [guide, frame],
    recordTypes: [log, segments],
    links: [
      {
        from: { recordType: 'coded_segment', fields: ['interview_code'] },
        to: { recordType: 'interview_log', fields: ['interview_code'] },
      },
    ],
    recordRules: [
      {
        id: 'consent-given',
        recordType: 'interview_log',
        description: 'Every interview has consent.',
        assert: q('consent').eq('yes'),
        severity: 'error',
        message: 'Interview {interview_code} has no recorded consent',
        field: 'consent',
      },
    ],
    datasetRules: [oneThemeOnly],
    derivedVariables: [],
    designs: [],
    consent: [],
    disaggregations: [],
    indicators: [],
    tables: [
      {
        outputKind: 'count-table',
        id: 'themes_by_type',
        title: 'Themes raised, by respondent type',
        definition: 'Interviews in which each theme was coded, by the respondent type of the interview.',
        activity: INTERVIEWS_ID,
        version: VERSION,
        acceptsVersions: '^1.0.0',
        recordType: 'coded_segment',
        distinct: ['interview_code'],
        unit: 'interviews',
        rows: { kind: 'field', title: 'Theme', field: 'theme' },
        columns: { kind: 'field', title: 'Respondent type', field: 'respondent_type', from: 'interview_log' },
      },
      {
        outputKind: 'count-table',
        id: 'themes_together',
        title: 'Themes raised together',
        definition: 'Interviews in which both themes were coded.',
        activity: INTERVIEWS_ID,
        version: VERSION,
        acceptsVersions: '^1.0.0',
        recordType: 'coded_segment',
        distinct: ['interview_code'],
        unit: 'interviews',
        rows: { kind: 'field', title: 'Theme', field: 'theme' },
        columns: { kind: 'same-as-rows', title: 'Theme' },
      },
    ],
    synthesis: {
      sample: { kind: 'simple', recordType: 'interview_log' },
      selections: [],
      followOns: [{ recordType: 'coded_segment', from: 'interview_log', responseRate: 1, perRow: { min: 2, max: 4 } }],
      weights: [],
      answers: [
        { recordType: 'interview_log', field: 'interview_code', model: { kind: 'identifier', template: 'AB-{seq:3}' } },
        { recordType: 'interview_log', field: 'consent', model: { kind: 'fixed', value: 'yes' } },
        { recordType: 'coded_segment', field: 'segment_id', model: { kind: 'identifier', template: '{interview_code}-S{seq:4}' } },
        {
          recordType: 'coded_segment',
          field: 'interview_code',
          model: { kind: 'copy', recordType: 'interview_log', field: 'interview_code' },
        },
      ],
      nonSubstantive: { dontKnow: 0, refused: 0 },
      dateRange: { from: '2021-03-01', to: '2021-03-31' },
    },
  };
}

export const fixtureInterviews: ActivityDefinition = {
  id: INTERVIEWS_ID,
  title: 'Fixture interviews',
  version: VERSION,
  kind: 'interview',
  description: 'Interviews with officers and prosecutors (a test fixture).',
  settings: Settings,
  refusal: (config) =>
    activitySettings(config, INTERVIEWS_ID, Settings, { planned: {} }).ethicalClearance === undefined
      ? 'assessment.json records no ethical clearance for it (activities.fixture-interviews.settings.ethicalClearance: body, reference, date).'
      : undefined,
  issues: [outsideFrame],
  disclosure: { case: 'interview', description: 'Counts of interviews in a small purposive sample.' },
  comparability: [{ id: 'frame', title: 'Coding frame', value: () => `${frame.id} ${frame.version.split('.')[0] ?? ''}` }],
  build,
};
