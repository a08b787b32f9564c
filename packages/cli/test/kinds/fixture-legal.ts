// A legal-checklist activity of the tests' own: a reviewer's checklist, one record per
// provision, a status table. No shared code names it.
import {
  codeOf,
  defineIssue,
  defineRecordType,
  q,
  recordList,
  type ActivityDefinition,
  type BuiltActivity,
  type Checklist,
} from '@dh/core';
import { z } from 'zod';

export const LEGAL_ID = 'fixture-legal';
const VERSION = '1.0.0';

const statuses = recordList('status', [
  ['yes', 'Yes'],
  ['partial', 'Partly'],
  ['no', 'No'],
  ['unclear', 'Unclear'],
]);
const provisions = recordList('provision', [
  ['child_definition', 'A child is anyone under 18'],
  ['grooming', 'Online grooming is an offence'],
]);

const review = defineRecordType({
  name: 'provision_review',
  title: 'Provisions reviewed',
  key: ['provision_id'],
  instrument: { id: 'fixture_checklist', version: VERSION },
  lists: [statuses, provisions],
  schema: z.strictObject({
    provision_id: codeOf(provisions),
    status: codeOf(statuses),
    citation: z.string().nullable().meta({ description: 'Law and article' }),
    review_date: z.iso.date(),
    reviewer: z.string(),
  }),
});

const citationMissing = defineIssue({
  code: `${LEGAL_ID}/citation-missing`,
  severity: 'error',
  category: 'rule',
  title: 'No citation for a provision in force',
  description: 'A provision coded yes or partial needs the law and article it is in.',
  message: '{detail}',
  hint: 'Add the citation (law, article).',
});

function build(): BuiltActivity {
  const t = (key: string, en: string) => ({ key: `fixture_checklist.${key}`, en });
  const checklist: Checklist = {
    kind: 'checklist',
    id: 'fixture_checklist',
    title: t('title', 'Legal checklist'),
    version: VERSION,
    instructions: [{ id: 'how', text: t('how', 'Code each provision and cite the law.') }],
    items: [
      {
        id: 'child_definition',
        question: t('child_definition', 'Is a child anyone under 18?'),
        standard: 'UN OPSC',
        guidance: t('child_definition_guidance', 'Yes: every offence.'),
        section: 'law',
        definedIn: '1.0.0',
      },
      {
        id: 'grooming',
        question: t('grooming', 'Is online grooming an offence?'),
        standard: 'Lanzarote art. 23',
        guidance: t('grooming_guidance', 'Yes: even without a meeting.'),
        section: 'law',
        definedIn: '1.0.0',
      },
    ],
    statuses,
    recordType: 'provision_review',
    itemField: 'provision_id',
    statusField: 'status',
  };
  return {
    instruments: [checklist],
    recordTypes: [review],
    links: [],
    recordRules: [
      {
        id: 'cited',
        recordType: 'provision_review',
        description: 'Yes or partial needs a citation.',
        when: q('status').in('yes', 'partial'),
        assert: q('citation').answered(),
        severity: 'error',
        code: citationMissing.code,
        message: 'Provision {provision_id} is coded {status} without a citation',
        field: 'citation',
      },
    ],
    datasetRules: [],
    derivedVariables: [],
    designs: [],
    consent: [],
    disaggregations: [],
    indicators: [],
    tables: [
      {
        outputKind: 'status-table',
        id: 'scorecard',
        title: 'Legal scorecard',
        definition: 'Each provision and its status in law.',
        activity: LEGAL_ID,
        version: VERSION,
        acceptsVersions: '^1.0.0',
        recordType: 'provision_review',
        itemField: 'provision_id',
        items: provisions.choices.map((c) => ({ code: c.code, label: c.label.en })),
        statusField: 'status',
        statuses: statuses.choices.map((c) => ({ code: c.code, label: c.label.en })),
        detailFields: [{ field: 'citation', title: 'Citation' }],
      },
    ],
    synthesis: {
      sample: {
        kind: 'grid',
        recordType: 'provision_review',
        axes: [{ field: 'provision_id', values: provisions.choices.map((c) => c.code) }],
      },
      selections: [],
      followOns: [],
      weights: [],
      answers: [
        { recordType: 'provision_review', field: 'status', model: { kind: 'fixed', value: 'yes' } },
        { recordType: 'provision_review', field: 'citation', model: { kind: 'fixed', value: 'Children Act 2001, s. 2' } },
        { recordType: 'provision_review', field: 'reviewer', model: { kind: 'fixed', value: 'R01' } },
      ],
      nonSubstantive: { dontKnow: 0, refused: 0 },
      dateRange: { from: '2022-01-10', to: '2022-01-20' },
    },
  };
}

export const fixtureLegal: ActivityDefinition = {
  id: LEGAL_ID,
  title: 'Fixture legal review',
  version: VERSION,
  kind: 'legal-checklist',
  description: 'A desk review of laws (a test fixture).',
  settings: z.strictObject({}),
  issues: [citationMissing],
  disclosure: { case: 'document', description: 'Laws and policies: no person is described.' },
  comparability: [{ id: 'checklist', title: 'Checklist major version', value: () => VERSION.split('.')[0] ?? VERSION }],
  build,
};
