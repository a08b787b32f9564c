import {
  calculate,
  choices,
  code,
  defineInstrument,
  extensionList,
  group,
  integer,
  q,
  repeat,
  selectMultiple,
  selectOne,
  self,
  text,
} from '../src/index.js';

/** A small instrument touching every builder feature, shared by the core tests. */
export const smallInstrument = defineInstrument({
  id: 'mini',
  title: 'Mini survey',
  version: '1.2.0',
  recordType: 'respondent',
  key: ['respondent_id'],
  choiceLists: [
    choices('yes_no', [
      ['yes', 'Yes'],
      ['no', 'No'],
      { code: 'dont_know', label: "Don't know", missing: 'dont_know' },
      { code: 'refused', label: 'Refused', missing: 'refused' },
    ]),
    extensionList('platform', [
      ['platform_a', 'Platform A'],
      ['platform_b', 'Platform B'],
    ]),
  ],
  children: [
    code('respondent_id', 'Respondent code', { required: true }),
    selectOne('consent', 'yes_no', 'Do you agree to take part?', { required: true }),
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
        selectOne('online', 'yes_no', 'Did you use the internet in the past 3 months?', { required: true }),
        selectMultiple('platforms', 'platform', 'Which platforms do you use?', { relevant: q('online').eq('yes') }),
        calculate('platform_count', q('platforms').countSelected()),
        text('comment', 'Anything else?'),
      ],
      { relevant: q('consent').eq('yes') },
    ),
    repeat(
      'household_member',
      'Household members',
      [
        code('member_respondent_id', 'Respondent code', { required: true }),
        integer('member_line', 'Line number', { required: true, min: 1 }),
        integer('member_age', 'Age', { min: 0, max: 120 }),
      ],
      { recordType: 'member', key: ['member_respondent_id', 'member_line'] },
    ),
  ],
});
