import {
  calculate,
  choices,
  code,
  date,
  decimal,
  defineInstrument,
  extensionList,
  group,
  integer,
  note,
  q,
  repeat,
  selectMultiple,
  selectOne,
  self,
} from '@dh/core';

/**
 * An exporters fixture beyond core's small instrument: self-completed groups and runs of
 * self-completed questions, notes, hints, dates, decimals, a counted roster reading a
 * top-level answer, and texts full of characters that must be escaped.
 */
export const fixtureInstrument = defineInstrument({
  id: 'fixture',
  title: 'Fixture <survey> & "friends"',
  version: '2.3.4',
  recordType: 'child',
  key: ['child_id'],
  choiceLists: [
    choices('yes_no', [
      ['yes', 'Yes'],
      ['no', 'No'],
      { code: 'dont_know', label: "Don't know", missing: 'dont_know' },
      { code: 'refused', label: 'Prefer not to say', missing: 'refused' },
    ]),
    choices('who', [
      ['1', 'Someone I knew'],
      ['2', 'A stranger'],
      ['3', 'Someone | else *really*'],
    ]),
    extensionList('region', [
      ['region_a', 'Region A'],
      ['region_b', 'Region B'],
    ]),
  ],
  children: [
    code('child_id', 'Child code', { required: true }),
    selectOne('assent', 'yes_no', 'Do you agree to answer the questions?', { required: true, hint: 'Read the assent script first.' }),
    group(
      'identity',
      'About you',
      [
        integer('age', 'How old are you?', { required: true, min: 12, max: 17 }),
        date('interview_date', 'Date of interview'),
        decimal('hours_online', 'Hours online per day', {
          min: 0,
          max: 24,
          constraint: self().lt(24),
          constraintMessage: 'Fewer than 24 hours, please',
        }),
        selectOne('region', 'region', 'Region'),
        integer('siblings', 'How many brothers and sisters live with you?', { min: 0, max: 20 }),
      ],
      { relevant: q('assent').eq('yes') },
    ),
    group(
      'experiences',
      'Things that may have happened to you',
      [
        note('experiences_intro', 'Some questions are about things that may be hard to talk about.'),
        selectOne(
          'asked_images',
          'yes_no',
          'In the past year, did someone ask you for images of your private parts <when you did not want to>?',
          { required: true },
        ),
        selectMultiple('asked_images_who', 'who', 'Who did it?', { relevant: q('asked_images').eq('yes') }),
      ],
      { selfCompleted: true, relevant: q('assent').eq('yes') },
    ),
    selectOne('told_anyone', 'yes_no', 'Did you tell anyone?', { selfCompleted: true, relevant: q('asked_images').eq('yes') }),
    selectOne('told_whom', 'who', 'Whom did you tell?', { selfCompleted: true, relevant: q('told_anyone').eq('yes') }),
    calculate('any_experience', q('asked_images').eq('yes'), 'integer'),
    repeat(
      'sibling',
      'Brothers and sisters',
      [
        integer('sibling_line', 'Line', { required: true, min: 1 }),
        integer('sibling_age', 'Age of this brother or sister', { relevant: q('age').ge(12) }),
      ],
      { recordType: 'sibling', key: ['child_id', 'sibling_line'], repeatCount: q('siblings').expr },
    ),
  ],
});
