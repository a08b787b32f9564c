import {
  codeOf,
  defineIssue,
  defineRecordType,
  freeText,
  INTERVIEW_LOG,
  q,
  QUALITATIVE_CAVEAT,
  recordList,
  type AnswerModel,
  type AnswerPlan,
  type FollowOnRecords,
  type RecordLink,
  type RecordRule,
  type StatusTableContract,
} from '@dh/core';
import { z } from 'zod';
import { ACTIVITY_ID, LAW_ENFORCEMENT_INTERVIEWS_VERSION } from './version.js';

/**
 * The capacity checklist of activity 4 (docs/methodology.md § the interview activities:
 * dedicated unit, trained staff, ICSE connection, digital forensics, victim identification,
 * budget): the country's law-enforcement capacity, one record per element, each with its
 * status and what the status rests on. The research team completes it from the interviews and
 * documents; it describes institutions, never a person.
 */
export const CAPACITY_ELEMENTS = recordList('capacity_element', [
  ['dedicated_unit', 'A dedicated unit or team for online child sexual exploitation and abuse'],
  ['trained_staff', 'Staff trained to investigate online child sexual exploitation and abuse'],
  ['icse_connection', "Connection to INTERPOL's International Child Sexual Exploitation (ICSE) database"],
  ['digital_forensics', 'Digital-forensics capacity: trained examiners, tools and a laboratory'],
  ['victim_identification', 'Capacity to identify children in child sexual abuse material'],
  ['budget_line', 'A budget line for work on online child sexual exploitation and abuse'],
]);

export const CAPACITY_STATUSES = recordList('capacity_status', [
  ['yes', 'Yes'],
  ['partial', 'Partly'],
  ['no', 'No'],
  ['unknown', 'Unknown'],
]);

export const CAPACITY_CHECK = 'capacity_check';

export const capacityCheck = defineRecordType({
  name: CAPACITY_CHECK,
  title: 'Law-enforcement capacity checklist',
  key: ['element'],
  instrument: { id: 'le_capacity_checklist', version: LAW_ENFORCEMENT_INTERVIEWS_VERSION },
  lists: [CAPACITY_ELEMENTS, CAPACITY_STATUSES],
  schema: z.strictObject({
    source_interview: z.string().nullable().meta({
      description: 'Code of the interview the status mainly rests on, as in the interview log; empty where it rests on documents',
    }),
    element: codeOf(CAPACITY_ELEMENTS).meta({ description: 'Element of capacity' }),
    status: codeOf(CAPACITY_STATUSES).meta({ description: 'Status: yes, partly, no or unknown' }),
    note: freeText(500).nullable().meta({
      description:
        'What the status rests on: what exists and what is missing, or what was done to find out. About the institution only; never a name. Needed for partly and unknown.',
    }),
    assessed_on: z.iso.date().meta({ description: 'Date the status was assessed' }),
  }),
});

/** A checklist entry may rest on an interview: that interview is in the log. */
export const CAPACITY_LINK: RecordLink = {
  from: { recordType: CAPACITY_CHECK, fields: ['source_interview'] },
  to: { recordType: INTERVIEW_LOG, fields: ['interview_code'] },
};

export const capacityNoteMissing = defineIssue({
  code: `${ACTIVITY_ID}/capacity-note-missing`,
  severity: 'error',
  category: 'rule',
  title: 'Capacity status without a note',
  description:
    'An element of the capacity checklist coded "partly" or "unknown" has no note saying what exists, what is missing, or what was done to find out.',
  message: '{detail}',
  hint: 'Write in the note what the status rests on, about the institution only (never a name).',
});

export const CAPACITY_RULES: readonly RecordRule[] = [
  {
    id: 'capacity-status-explained',
    recordType: CAPACITY_CHECK,
    description: 'An element coded partly or unknown has a note: partly says what is missing, unknown what was done to find out.',
    when: q('status').in('partial', 'unknown'),
    assert: q('note').answered(),
    severity: 'error',
    code: capacityNoteMissing.code,
    message:
      'Capacity element {element} is coded {status} without a note. Say what exists and what is missing (partly), or what was done to find out (unknown).',
    field: 'note',
  },
];

/** The country's capacity scorecard: each element and its status, in words as well as colour, with the note. */
export const CAPACITY_SCORECARD: StatusTableContract = {
  outputKind: 'status-table',
  id: 'capacity_scorecard',
  title: 'Law-enforcement capacity scorecard',
  definition:
    'Each element of law-enforcement capacity for online child sexual exploitation and abuse, with its status (yes, partly, no, unknown) as assessed by the research team from the interviews and documents, and what the status rests on.',
  activity: ACTIVITY_ID,
  version: LAW_ENFORCEMENT_INTERVIEWS_VERSION,
  acceptsVersions: `^${LAW_ENFORCEMENT_INTERVIEWS_VERSION}`,
  caveat: `The status describes institutions, not people. ${QUALITATIVE_CAVEAT}`,
  recordType: CAPACITY_CHECK,
  itemField: 'element',
  items: CAPACITY_ELEMENTS.choices.map((c) => ({ code: c.code, label: c.label.en })),
  statusField: 'status',
  statuses: CAPACITY_STATUSES.choices.map((c) => ({ code: c.code, label: c.label.en })),
  detailFields: [{ field: 'note', title: 'What the status rests on' }],
};

/** What a synthetic status rests on, per element: always given, so "partly" and "unknown" are explained. */
const EVIDENCE: Readonly<Record<string, string>> = {
  dedicated_unit: 'Described by officers of the unit and by the police annual report; it sits in the capital.',
  trained_staff: 'Officers interviewed named the courses they attended; no register of trained staff was seen.',
  icse_connection: 'Asked of the national central bureau; access depends on one officer.',
  digital_forensics: 'One laboratory serves the country; examiners described their tools and waiting times.',
  victim_identification: 'Described by the unit; no child had been identified from images in the past year.',
  budget_line: 'The police budget was reviewed; the unit draws on general operations funds.',
};

/**
 * Synthetic checklists: one element from each of the first six interviews, which stands for the
 * interview the status rests on (a follow-on record can take what it needs only from the record
 * it is made from, so the element follows from that interview's code). With fewer than six
 * interviews, the remaining elements are "not reviewed" in the scorecard.
 */
export function capacitySynthesis(prefix: string): { followOns: FollowOnRecords[]; answers: AnswerPlan[] } {
  const sources = CAPACITY_ELEMENTS.choices.map((c, i) => [`${prefix.toUpperCase()}-${String(i + 1).padStart(3, '0')}`, c.code] as const);
  const answer = (field: string, model: AnswerModel): AnswerPlan => ({ recordType: CAPACITY_CHECK, field, model });
  return {
    followOns: [
      {
        recordType: CAPACITY_CHECK,
        from: INTERVIEW_LOG,
        when: q('interview_code').in(...sources.map(([code]) => code)),
        responseRate: 1,
      },
    ],
    answers: [
      answer('source_interview', { kind: 'copy', recordType: INTERVIEW_LOG, field: 'interview_code' }),
      answer('element', {
        kind: 'depends',
        on: 'source_interview',
        models: Object.fromEntries(sources.map(([code, element]) => [code, { kind: 'fixed', value: element }])),
      }),
      answer('status', { kind: 'choice', weights: { yes: 0.3, partial: 0.4, no: 0.2, unknown: 0.1 } }),
      answer('note', {
        kind: 'depends',
        on: 'element',
        models: Object.fromEntries(Object.entries(EVIDENCE).map(([element, note]) => [element, { kind: 'fixed', value: note }])),
      }),
    ],
  };
}
