import {
  all,
  calculate,
  choices,
  code,
  date,
  defineInstrument,
  extensionList,
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
  type RecordType,
  not,
  type SynthesisPlan,
} from '@dh/core';

/**
 * A fictional school survey, shaped unlike the household survey (schools → classes → one
 * teacher of a selected upper class), to show synth follows any plan: nothing in synth
 * knows either activity.
 */
const yesNo = choices('yes_no', [['yes', 'Yes'], ['no', 'No'], { code: 'dont_know', label: "Don't know", missing: 'dont_know' }]);

const school = defineInstrument({
  id: 'school_visit',
  title: 'School visit',
  version: '2.1.0',
  recordType: 'school',
  key: ['school_id'],
  choiceLists: [
    yesNo,
    extensionList('district', [
      ['north', 'North'],
      ['south', 'South'],
      ['east', 'East'],
    ]),
    choices('school_type', [
      ['public', 'Public'],
      ['private', 'Private'],
      ['faith', 'Faith-based'],
    ]),
    choices('resource', [
      ['library', 'Library'],
      ['computers', 'Computers'],
      ['internet', 'Internet'],
      ['none', 'None of these'],
    ]),
  ],
  children: [
    code('school_id', 'School code', { required: true }),
    selectOne('district', 'district', 'District', { required: true }),
    code('cluster', 'Cluster', { required: true }),
    date('visited', 'Date of visit', { required: true }),
    selectOne('head_agrees', 'yes_no', 'Does the head teacher agree to the visit?', { required: true }),
    text('notes', 'Notes about the visit (no names)'),
    group(
      'about',
      'About the school',
      [
        selectOne('school_type', 'school_type', 'Type of school', { required: true }),
        integer('enrolled', 'Pupils enrolled', { required: true, min: 20, max: 3000 }),
        selectOne('has_counsellor', 'yes_no', 'Is there a school counsellor?', { required: true }),
        integer('counsellor_hours', 'Counsellor hours per week', {
          required: true,
          min: 1,
          max: 40,
          relevant: q('has_counsellor').eq('yes'),
        }),
        selectMultiple('resources', 'resource', 'Resources', {
          required: true,
          constraint: not(all(self().selected('none'), self().countSelected().gt(1))),
        }),
        repeat(
          'classes',
          'Classes',
          [
            calculate('class_school_id', q('school_id'), 'text'),
            integer('class_no', 'Class number', { required: true, min: 1, max: 30 }),
            integer('grade', 'Grade', { required: true, min: 1, max: 12 }),
            integer('pupils', 'Pupils in the class', { required: true, min: 10, max: 60 }),
            selectOne('class_selected', 'yes_no', 'Selected for the teacher interview?', { required: true, relevant: q('grade').ge(7) }),
          ],
          { recordType: 'class', key: ['class_school_id', 'class_no'], repeatCount: q('enrolled').dividedBy(300).plus(1).expr },
        ),
      ],
      { relevant: q('head_agrees').eq('yes') },
    ),
  ],
});

const teacher = defineInstrument({
  id: 'teacher_interview',
  title: 'Teacher interview',
  version: '2.1.0',
  recordType: 'teacher',
  key: ['teacher_id'],
  choiceLists: [
    yesNo,
    extensionList('district', [
      ['north', 'North'],
      ['south', 'South'],
      ['east', 'East'],
    ]),
  ],
  children: [
    code('teacher_id', 'Teacher code', { required: true }),
    code('teacher_school_id', 'School code', { required: true }),
    integer('teacher_class_no', 'Class number', { required: true, min: 1, max: 30 }),
    selectOne('teacher_district', 'district', 'District', { required: true }),
    code('teacher_cluster', 'Cluster', { required: true }),
    selectOne('teacher_consent', 'yes_no', 'Does the teacher agree to be interviewed?', { required: true }),
    group(
      'training',
      'Training',
      [
        selectOne('trained_online_safety', 'yes_no', 'Trained in online safety?', { required: true }),
        integer('training_days', 'Days of training', { required: true, min: 1, max: 30, relevant: q('trained_online_safety').eq('yes') }),
      ],
      { relevant: q('teacher_consent').eq('yes') },
    ),
  ],
});

const weightOf = (recordType: string, relevantField: string): RecordType['fields'][number] => ({
  name: 'w',
  questionType: 'decimal',
  valueType: 'number',
  required: true,
  relevant: q(relevantField).eq('yes'),
  minimum: 0,
  extensionList: false,
  selfCompleted: false,
  freeText: false,
  path: [],
  label: { key: `${recordType}.w`, en: 'Weight' },
});

const withWeight = (rt: RecordType, field: string): RecordType => ({ ...rt, fields: [...rt.fields, weightOf(rt.name, field)] });

export const SCHOOL_PLAN: SynthesisPlan = {
  sample: {
    kind: 'stratified',
    recordType: 'school',
    unitsPerPsu: 5,
    minPsusPerStratum: 2,
    psuCode: 'CL{n:3}',
    frameUnitsPerStratum: { min: 200, max: 900 },
    stratumValues: [],
  },
  selections: [{ recordType: 'class', eligible: q('grade').ge(7), field: 'class_selected', selectedCode: 'yes', otherCode: 'no' }],
  followOns: [{ recordType: 'teacher', from: 'class', when: q('class_selected').eq('yes'), responseRate: 0.8 }],
  weights: [
    { recordType: 'school', field: 'w', method: 'sample-unit' },
    { recordType: 'teacher', field: 'w', method: 'inherited' },
  ],
  answers: [
    { recordType: 'school', field: 'school_id', model: { kind: 'identifier', template: 'S{seq:4}' } },
    { recordType: 'school', field: 'head_agrees', model: { kind: 'prevalence', code: 'yes', otherCode: 'no', probability: 0.9 } },
    { recordType: 'class', field: 'class_no', model: { kind: 'sequence' } },
    { recordType: 'teacher', field: 'teacher_id', model: { kind: 'identifier', template: '{class_school_id}-T{class_no}' } },
    { recordType: 'teacher', field: 'teacher_school_id', model: { kind: 'copy', recordType: 'class', field: 'class_school_id' } },
    { recordType: 'teacher', field: 'teacher_class_no', model: { kind: 'copy', recordType: 'class', field: 'class_no' } },
    { recordType: 'teacher', field: 'teacher_district', model: { kind: 'copy', recordType: 'school', field: 'district' } },
    { recordType: 'teacher', field: 'teacher_cluster', model: { kind: 'copy', recordType: 'school', field: 'cluster' } },
    {
      recordType: 'teacher',
      field: 'trained_online_safety',
      model: { kind: 'prevalence', code: 'yes', otherCode: 'no', probability: 0.25 },
    },
  ],
  nonSubstantive: { dontKnow: 0.02, refused: 0.01 },
  dateRange: { from: '2023-03-01', to: '2023-03-31' },
};

export function schoolActivity(plan: SynthesisPlan = SCHOOL_PLAN): BuiltActivity {
  const [schoolType, classType] = recordTypesOf(school);
  const [teacherType] = recordTypesOf(teacher);
  if (!schoolType || !classType || !teacherType) throw new Error('fixture record types');
  return {
    instruments: [school, teacher],
    recordTypes: [withWeight(schoolType, 'head_agrees'), classType, withWeight(teacherType, 'teacher_consent')],
    links: [
      { from: { recordType: 'class', fields: ['class_school_id'] }, to: { recordType: 'school', fields: ['school_id'] } },
      {
        from: { recordType: 'teacher', fields: ['teacher_school_id', 'teacher_class_no'] },
        to: { recordType: 'class', fields: ['class_school_id', 'class_no'] },
      },
    ],
    recordRules: [],
    datasetRules: [],
    derivedVariables: [],
    designs: [
      { recordType: 'school', stratum: 'district', psu: 'cluster', weight: 'w', lonelyPsu: 'fail' },
      { recordType: 'teacher', stratum: 'teacher_district', psu: 'teacher_cluster', weight: 'w', lonelyPsu: 'fail' },
    ],
    consent: [
      {
        recordType: 'school',
        condition: q('head_agrees').eq('yes'),
        before: ['school_id', 'district', 'cluster', 'visited', 'head_agrees', 'notes'],
      },
      {
        recordType: 'teacher',
        condition: q('teacher_consent').eq('yes'),
        before: ['teacher_id', 'teacher_school_id', 'teacher_class_no', 'teacher_district', 'teacher_cluster', 'teacher_consent'],
      },
    ],
    disaggregations: [],
    indicators: [],
    tables: [],
    synthesis: plan,
  };
}
