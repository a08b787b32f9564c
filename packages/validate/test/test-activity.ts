import {
  calculate,
  choices,
  code,
  decimal,
  defineInstrument,
  group,
  integer,
  q,
  recordTypesOf,
  repeat,
  selectMultiple,
  selectOne,
  self,
  text,
  type BuiltActivity,
  type IssueInput,
} from '@dh/core';

/**
 * A small three-instrument activity built with the core builder, touching every part of
 * the contract the validator reads: keys, a roster, links (one of them one-to-one), skip
 * logic, constraints, a consent gate, free text, a record rule, a dataset rule and a design.
 */
const yesNo = choices('yes_no', [['yes', 'Yes'], ['no', 'No'], { code: 'refused', label: 'Refused', missing: 'refused' }]);

export const householdInstrument = defineInstrument({
  id: 'test-household',
  title: 'Household screener',
  version: '1.0.0',
  recordType: 'household',
  key: ['hh_id'],
  choiceLists: [
    choices('stratum', [
      ['north_urban', 'North urban'],
      ['north_rural', 'North rural'],
      ['south_urban', 'South urban'],
    ]),
    choices('outcome', [
      ['complete', 'Complete'],
      ['refused', 'Refused'],
    ]),
  ],
  children: [
    code('hh_id', 'Household code', { required: true }),
    selectOne('stratum', 'stratum', 'Stratum', { required: true }),
    code('psu', 'Enumeration area', { required: true }),
    decimal('weight', 'Design weight', { required: true }),
    selectOne('outcome', 'outcome', 'Interview outcome', { required: true }),
    integer('n_children', 'Children aged 12–17', { required: true, min: 0, max: 10 }),
    repeat(
      'members',
      'Household members',
      [
        code('member_hh_id', 'Household code', { required: true }),
        integer('line', 'Line number', { required: true, min: 1 }),
        integer('member_age', 'Age', { min: 0, max: 120 }),
      ],
      { recordType: 'member', key: ['member_hh_id', 'line'] },
    ),
  ],
});

export const childInstrument = defineInstrument({
  id: 'test-child',
  title: 'Child interview',
  version: '1.0.0',
  recordType: 'child',
  key: ['child_id'],
  choiceLists: [
    yesNo,
    choices('sex', [
      ['female', 'Female'],
      ['male', 'Male'],
    ]),
    choices('platform', [
      ['chat_app', 'Chat app'],
      ['video_site', 'Video site'],
      ['game', 'Online game'],
    ]),
  ],
  children: [
    code('child_id', 'Child code', { required: true }),
    code('hh_id', 'Household code', { required: true }),
    selectOne('consent', 'yes_no', 'Caregiver consent and child assent given?', { required: true }),
    group(
      'about',
      'About you',
      [
        integer('age', 'How old are you?', {
          required: true,
          min: 12,
          max: 17,
          constraint: self().between(12, 17),
          constraintMessage: 'Age must be 12 to 17',
        }),
        selectOne('sex', 'sex', 'Sex', { required: true }),
        selectOne('online', 'yes_no', 'Used the internet in the past 3 months?', { required: true }),
        selectMultiple('platforms', 'platform', 'Which platforms do you use?', { relevant: q('online').eq('yes'), required: true }),
        calculate('platform_count', q('platforms').countSelected()),
        integer('hours', 'Hours online yesterday', { constraint: self().le(24) }),
      ],
      { relevant: q('consent').eq('yes') },
    ),
    group(
      'sensitive',
      'Self-completed module',
      [
        selectOne('asked_images', 'yes_no', 'Asked for sexual images?', { required: true }),
        selectOne('told', 'yes_no', 'Did you tell anyone?', { required: true, relevant: q('asked_images').eq('yes') }),
        text('comment', 'Anything else you want to say?'),
      ],
      { relevant: q('consent').eq('yes'), selfCompleted: true },
    ),
  ],
});

export const caregiverInstrument = defineInstrument({
  id: 'test-caregiver',
  title: 'Caregiver interview',
  version: '1.0.0',
  recordType: 'caregiver',
  key: ['caregiver_id'],
  choiceLists: [yesNo],
  children: [
    code('caregiver_id', 'Caregiver code', { required: true }),
    code('cg_child_id', 'Child code', { required: true }),
    selectOne('cg_consent', 'yes_no', 'Consent given?', { required: true }),
    selectOne('would_report', 'yes_no', 'Would you report to the police?', { relevant: q('cg_consent').eq('yes') }),
  ],
});

function* childrenWithinHouseholdCount(tables: Parameters<BuiltActivity['datasetRules'][number]['check']>[0]): Iterable<IssueInput> {
  const households = tables.get('household');
  const children = tables.get('child');
  if (!households || !children) return;
  const counted = new Map<unknown, number>();
  for (const row of children.rows) counted.set(row['hh_id'], (counted.get(row['hh_id']) ?? 0) + 1);
  for (const [index, row] of households.rows.entries()) {
    const found = counted.get(row['hh_id']) ?? 0;
    if (found > 1) {
      yield {
        code: 'count-mismatch',
        file: households.file,
        record: 'household',
        row: households.rowNumbers[index] ?? 0,
        field: 'hh_id',
        value: String(row['hh_id']),
        params: { detail: `Household ${String(row['hh_id'])} has ${found} child interviews; one child is selected per household` },
      };
    }
  }
}

export const testActivity: BuiltActivity = {
  instruments: [householdInstrument, childInstrument, caregiverInstrument],
  recordTypes: [householdInstrument, childInstrument, caregiverInstrument].flatMap(recordTypesOf),
  links: [
    { from: { recordType: 'member', fields: ['member_hh_id'] }, to: { recordType: 'household', fields: ['hh_id'] } },
    { from: { recordType: 'child', fields: ['hh_id'] }, to: { recordType: 'household', fields: ['hh_id'] } },
    { from: { recordType: 'caregiver', fields: ['cg_child_id'] }, to: { recordType: 'child', fields: ['child_id'] }, oneToOne: true },
  ],
  recordRules: [
    {
      id: 'completed-household-has-children',
      recordType: 'household',
      description: 'A completed interview needs an eligible child.',
      when: q('outcome').eq('complete'),
      assert: q('n_children').ge(1),
      severity: 'error',
      message: 'Household {hh_id} is complete but has {n_children} children aged 12–17',
      field: 'n_children',
    },
    {
      id: 'long-hours',
      recordType: 'child',
      description: 'Over 12 hours online in a day is unusual.',
      when: q('hours').answered(),
      assert: q('hours').le(12),
      severity: 'warning',
      message: '{hours} hours online in one day is unusual',
      field: 'hours',
    },
  ],
  datasetRules: [
    {
      id: 'one-child-per-household',
      description: 'One child is interviewed per household.',
      needs: { household: ['hh_id', 'n_children'], child: ['hh_id'] },
      check: childrenWithinHouseholdCount,
    },
  ],
  derivedVariables: [],
  designs: [{ recordType: 'household', stratum: 'stratum', psu: 'psu', weight: 'weight', lonelyPsu: 'fail' }],
  consent: [{ recordType: 'child', condition: q('consent').eq('yes'), before: ['child_id', 'hh_id', 'consent'] }],
  disaggregations: [],
  indicators: [],
  tables: [],
};
