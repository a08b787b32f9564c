import {
  all,
  answered,
  answerText,
  any,
  codeOf,
  defineIssue,
  defineRecordType,
  INTERVIEW_LOG,
  not,
  q,
  QUALITATIVE_CAVEAT,
  recordList,
  type AnswerModel,
  type AnswerPlan,
  type CountTableContract,
  type DatasetRule,
  type IssueInput,
  type FollowOnRecords,
  type RecordLink,
  type RecordRule,
  type TableLevel,
} from '@dh/core';
import { z } from 'zod';
import { ACCESS_TO_JUSTICE_INTERVIEWS_VERSION, ACTIVITY_ID } from './version.js';

/**
 * The case journey of activity 7 (docs/methodology.md § the interview activities: "a case
 * journey record per victim: offence type, stages reached from report to verdict, compensation
 * sought and received"). The research team completes one per child's case from the interviews
 * with the child and caregiver: what kind of offence, how far the case went, how it ended, and
 * what became of compensation. Codes and dates only, never a case number or a court's name.
 */
export const OFFENCE_TYPES = recordList('aj_offence_type', [
  ['grooming', 'Grooming: contact with a child online for a sexual purpose'],
  ['sexual_extortion', 'Sexual extortion: threats to share sexual images unless the child complies'],
  ['abuse_images', 'Sexual images of the child made or shared without consent'],
  ['live_streamed_abuse', 'Sexual abuse streamed live'],
  ['other_offence', 'Another online sexual offence against the child'],
]);

/** Stages in order: a case that reached one has passed each before it. */
export const CASE_STAGES = recordList('aj_journey_stage', [
  ['reported', 'Reported'],
  ['investigated', 'Investigated'],
  ['charged', 'Charged'],
  ['trial', 'Tried in court'],
  ['verdict', 'Verdict given'],
]);

export const CASE_STATUSES = recordList('aj_case_status', [
  ['ongoing', 'Still ongoing'],
  ['closed_without_verdict', 'Closed, withdrawn or settled without a verdict'],
  ['convicted', 'Offender convicted'],
  ['acquitted', 'Accused acquitted'],
]);

export const ANSWER_KNOWN = recordList('aj_yes_no_unknown', [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'Not known'],
]);

export const COMPENSATION_RECEIVED = recordList('aj_compensation_received', [
  ['full', 'Received in full'],
  ['partial', 'Received in part'],
  ['none', 'Nothing received'],
  ['unknown', 'Not known'],
]);

export const CASE_JOURNEY = 'case_journey';

const VERDICT_STATUSES = ['convicted', 'acquitted'] as const;

export const caseJourney = defineRecordType({
  name: CASE_JOURNEY,
  title: 'Case journey of a child victim',
  key: ['case_code'],
  instrument: { id: 'aj_case_journey', version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION },
  lists: [OFFENCE_TYPES, CASE_STAGES, CASE_STATUSES, ANSWER_KNOWN, COMPENSATION_RECEIVED],
  schema: z.strictObject({
    case_code: z.string().meta({ description: 'The anonymous code of the case, e.g. AJC-003: never a case number' }),
    source_interview: z.string().meta({ description: 'Code of the interview the journey is told in, as in the interview log' }),
    offence_type: codeOf(OFFENCE_TYPES).meta({ description: 'Main kind of offence' }),
    reported_on: z.iso.date().nullable().meta({ description: 'Date the case was reported, where known' }),
    furthest_stage: codeOf(CASE_STAGES).meta({ description: 'Furthest stage the case reached' }),
    case_status: codeOf(CASE_STATUSES).meta({ description: 'Where the case stands or how it ended' }),
    // Added in 0.2: optional keys, so a file made from the 0.1 template, without these columns, still passes.
    investigated_on: z.iso
      .date()
      .nullable()
      .optional()
      .meta({ description: 'Date the investigation opened, where the case reached it and the date is known' }),
    charged_on: z.iso
      .date()
      .nullable()
      .optional()
      .meta({ description: 'Date the accused was charged, where the case reached it and the date is known' }),
    trial_on: z.iso
      .date()
      .nullable()
      .optional()
      .meta({ description: 'Date the trial opened, where the case reached it and the date is known' }),
    verdict_on: z.iso.date().nullable().meta({ description: 'Date of the verdict, where one was given and the date is known' }),
    compensation_sought: codeOf(ANSWER_KNOWN).meta({
      description: 'Was compensation sought, in the case, a civil case or from a state fund?',
    }),
    compensation_awarded: codeOf(ANSWER_KNOWN).nullable().meta({ description: 'Was compensation awarded? Only where it was sought' }),
    compensation_received: codeOf(COMPENSATION_RECEIVED)
      .nullable()
      .meta({ description: 'Was the compensation awarded actually received? Only where it was awarded' }),
  }),
});

/** A journey is told in an interview of the log. */
export const CASE_JOURNEY_LINK: RecordLink = {
  from: { recordType: CASE_JOURNEY, fields: ['source_interview'] },
  to: { recordType: INTERVIEW_LOG, fields: ['interview_code'] },
};

export const journeyInconsistent = defineIssue({
  code: `${ACTIVITY_ID}/case-journey-inconsistent`,
  severity: 'error',
  category: 'rule',
  title: 'Case journey that contradicts itself',
  description:
    'A case journey says a verdict was given but not how it ended, or the other way round; or records compensation awarded or received that was never sought or awarded.',
  message: '{detail}',
  hint: 'Check the journey against the interview: a verdict goes with a conviction or an acquittal, an award with compensation sought, and money received with an award.',
});

/** A field answered only once an earlier one has this value: a later step of the journey needs the step before it. */
function onlyAfter(id: string, field: string, earlier: string, value: string, description: string): RecordRule {
  return {
    id,
    recordType: CASE_JOURNEY,
    description,
    when: not(q(earlier).eq(value)),
    assert: not(answered(field)),
    severity: 'error',
    code: journeyInconsistent.code,
    message: `Case {case_code} records ${field} = {${field}} although ${earlier} is {${earlier}}, not ${value}. Leave ${field} empty, or correct ${earlier}.`,
    field,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date field of each stage, in stage order. */
export const STAGE_DATES: readonly (readonly [stage: string, field: string])[] = [
  ['reported', 'reported_on'],
  ['investigated', 'investigated_on'],
  ['charged', 'charged_on'],
  ['trial', 'trial_on'],
  ['verdict', 'verdict_on'],
];

/** A stage's date only for a case that reached that stage. */
function dateOnlyOnceReached(stage: string, field: string): RecordRule {
  const codes = CASE_STAGES.choices.map((c) => c.code);
  const reached = codes.slice(codes.indexOf(stage));
  return {
    id: `${field.replace(/_on$/, '')}-date-only-once-reached`,
    recordType: CASE_JOURNEY,
    description: `A ${field} date is recorded only for a case that reached the stage "${stage}" or a later one.`,
    when: not(q('furthest_stage').in(...reached)),
    assert: not(answered(field)),
    // A warning within the 0.x line: these dates are new, and a minor version refuses no data the line accepted.
    severity: 'warning',
    code: journeyInconsistent.code,
    message: `Case {case_code} records ${field} = {${field}} although its furthest stage is {furthest_stage}. Leave ${field} empty, or correct furthest_stage.`,
    field,
  };
}

export const journeyOutOfOrder = defineIssue({
  code: `${ACTIVITY_ID}/case-journey-out-of-order`,
  // A warning within the 0.x line: data the line accepted (a verdict dated before its report) are not refused by a minor version.
  severity: 'warning',
  category: 'rule',
  title: 'Case journey dates out of order',
  description:
    'A stage of a case journey is dated before a stage that comes earlier (a charge before the investigation, a verdict before the trial).',
  message: 'Case {case_code}: {later} ({laterDate}) is dated before {earlier} ({earlierDate})',
  hint: 'Check both dates against the interview notes: a case is reported, investigated, charged, tried and decided in that order.',
});

/**
 * The dates a journey gives follow the stages (docs/methodology.md § the interview activities:
 * "stages reached from report to verdict, with dates"). Dates are compared as ISO text, which
 * orders them as the calendar does; the expression language has no dates, so this is a
 * dataset rule. Each date is compared with the latest date of the stages before it.
 */
export const STAGE_DATES_IN_ORDER: DatasetRule = {
  id: 'case-journey-dates-in-order',
  description: 'The dates of a case journey follow its stages: report, investigation, charge, trial, verdict.',
  needs: { [CASE_JOURNEY]: ['case_code', ...STAGE_DATES.map(([, field]) => field)] },
  warnsOnly: true,
  *check(tables): Iterable<IssueInput> {
    const table = tables.get(CASE_JOURNEY);
    if (!table) return;
    for (const [i, row] of table.rows.entries()) {
      let earlier: { field: string; date: string } | undefined;
      for (const [, field] of STAGE_DATES) {
        const date = answerText(row[field]);
        if (!ISO_DATE.test(date)) continue;
        if (earlier && date < earlier.date)
          yield {
            code: journeyOutOfOrder.code,
            file: table.file,
            record: CASE_JOURNEY,
            ...(table.rowNumbers[i] !== undefined && { row: table.rowNumbers[i] }),
            field,
            value: date,
            params: {
              case_code: answerText(row['case_code']),
              later: field,
              laterDate: date,
              earlier: earlier.field,
              earlierDate: earlier.date,
            },
          };
        // The latest date of the stages before: a stage out of order does not hide the next one's.
        if (!earlier || date > earlier.date) earlier = { field, date };
      }
    }
  },
};

export const CASE_JOURNEY_RULES: readonly RecordRule[] = [
  {
    id: 'verdict-stage-and-status-agree',
    recordType: CASE_JOURNEY,
    description: 'A case that reached a verdict ended in a conviction or an acquittal, and only such a case.',
    when: any(q('furthest_stage').eq('verdict'), q('case_status').in(...VERDICT_STATUSES)),
    assert: all(q('furthest_stage').eq('verdict'), q('case_status').in(...VERDICT_STATUSES)),
    severity: 'error',
    code: journeyInconsistent.code,
    message:
      'Case {case_code} is at stage {furthest_stage} with status {case_status}: a verdict goes with a conviction or an acquittal, and they only with a verdict.',
    field: 'case_status',
  },
  ...STAGE_DATES.slice(1, -1).map(([stage, field]) => dateOnlyOnceReached(stage, field)),
  onlyAfter(
    'verdict-date-only-with-verdict',
    'verdict_on',
    'furthest_stage',
    'verdict',
    'A verdict date is recorded only for a case that reached a verdict.',
  ),
  onlyAfter(
    'award-only-when-sought',
    'compensation_awarded',
    'compensation_sought',
    'yes',
    'Whether compensation was awarded is recorded only where it was sought.',
  ),
  onlyAfter(
    'receipt-only-when-awarded',
    'compensation_received',
    'compensation_awarded',
    'yes',
    'Whether compensation was received is recorded only where it was awarded.',
  ),
];

/** The stages a case passed: each stage counts the cases that reached it or a later one. */
function stageLevels(): TableLevel[] {
  const codes = CASE_STAGES.choices.map((c) => c.code);
  return CASE_STAGES.choices.map((stage, i) => ({
    code: stage.code,
    label: stage.label.en,
    when: q('furthest_stage').in(...codes.slice(i)),
  }));
}

const journeyTable = {
  outputKind: 'count-table' as const,
  activity: ACTIVITY_ID,
  version: ACCESS_TO_JUSTICE_INTERVIEWS_VERSION,
  acceptsVersions: `^${ACCESS_TO_JUSTICE_INTERVIEWS_VERSION}`,
  caveat: `Cases of the children and families interviewed, not of the country. ${QUALITATIVE_CAVEAT}`,
  recordType: CASE_JOURNEY,
  distinct: ['case_code'],
  unit: 'cases',
};

/** Attrition along the justice chain: how many of the cases reached each stage. */
export const CASE_ATTRITION: CountTableContract = {
  ...journeyTable,
  id: 'case_attrition',
  title: 'Access to justice: stages the cases reached',
  definition:
    'Cases of the children interviewed that reached each stage from report to verdict; a case counts at every stage up to the furthest it reached.',
  rows: { kind: 'levels', title: 'Stage reached', levels: stageLevels() },
};

/** Compensation outcomes: sought, awarded, and actually received (in full or in part). */
export const COMPENSATION_OUTCOMES: CountTableContract = {
  ...journeyTable,
  id: 'compensation_outcomes',
  title: 'Access to justice: compensation sought, awarded and received',
  definition:
    'Cases of the children interviewed in which compensation was sought, in which it was awarded, and in which any of it was received.',
  rows: {
    kind: 'levels',
    title: 'Compensation',
    levels: [
      { code: 'sought', label: 'Sought', when: q('compensation_sought').eq('yes') },
      { code: 'awarded', label: 'Awarded', when: q('compensation_awarded').eq('yes') },
      { code: 'received', label: 'Received, in full or in part', when: q('compensation_received').in('full', 'partial') },
    ],
  },
};

/**
 * Synthetic dates, one window per stage and the windows in stage order (reports in 2019 to
 * October, investigations from November, charges in January 2020, trials in February, verdicts
 * from March), so no stage is ever dated before an earlier one.
 */
const SYNTHETIC_DATES: Readonly<Record<string, readonly string[]>> = {
  reported_on: ['2019-02-11', '2019-04-29', '2019-07-15', '2019-10-03'],
  investigated_on: ['2019-11-04', '2019-11-25', '2019-12-16'],
  charged_on: ['2020-01-13', '2020-01-27'],
  trial_on: ['2020-02-10', '2020-02-24', '2020-03-09'],
  verdict_on: ['2020-03-16', '2020-06-22', '2020-11-09'],
};

/**
 * Synthetic journeys: one per interview with a child victim, most cases stopping before a
 * verdict (attrition), compensation sought in some, awarded in fewer, received in fewer still;
 * reported in 2019, tried in 2020, before the default fieldwork window.
 */
export function caseJourneySynthesis(): { followOns: FollowOnRecords[]; answers: AnswerPlan[] } {
  const answer = (field: string, model: AnswerModel): AnswerPlan => ({ recordType: CASE_JOURNEY, field, model });
  const choice = (weights: Record<string, number>): AnswerModel => ({ kind: 'choice', weights });
  const stillOpen = choice({ ongoing: 0.6, closed_without_verdict: 0.4 });
  return {
    followOns: [{ recordType: CASE_JOURNEY, from: INTERVIEW_LOG, when: q('respondent_type').eq('child_victim'), responseRate: 1 }],
    answers: [
      answer('case_code', { kind: 'identifier', template: 'AJC-{seq:3}' }),
      answer('source_interview', { kind: 'copy', recordType: INTERVIEW_LOG, field: 'interview_code' }),
      answer('offence_type', choice({ grooming: 3, sexual_extortion: 3, abuse_images: 3, live_streamed_abuse: 1, other_offence: 1 })),
      answer('furthest_stage', choice({ reported: 3, investigated: 3, charged: 1, trial: 1, verdict: 2 })),
      answer('case_status', {
        kind: 'depends',
        on: 'furthest_stage',
        models: { verdict: choice({ convicted: 0.7, acquitted: 0.3 }) },
        otherwise: stillOpen,
      }),
      ...STAGE_DATES.map(([stage, field], k) => {
        const dated: AnswerModel = { kind: 'phrases', probability: k === 0 ? 0.9 : 0.8, phrases: [...(SYNTHETIC_DATES[field] ?? [])] };
        if (k === 0) return answer(field, dated);
        const reached = CASE_STAGES.choices.map((c) => c.code).slice(CASE_STAGES.choices.findIndex((c) => c.code === stage));
        return answer(field, {
          kind: 'depends',
          on: 'furthest_stage',
          models: Object.fromEntries(reached.map((code) => [code, dated])),
          otherwise: { kind: 'fixed', value: '' },
        });
      }),
      answer('compensation_sought', choice({ yes: 0.3, no: 0.6, unknown: 0.1 })),
      answer('compensation_awarded', {
        kind: 'depends',
        on: 'compensation_sought',
        models: { yes: choice({ yes: 0.4, no: 0.4, unknown: 0.2 }) },
        otherwise: { kind: 'fixed', value: '' },
      }),
      answer('compensation_received', {
        kind: 'depends',
        on: 'compensation_awarded',
        models: { yes: choice({ full: 0.2, partial: 0.3, none: 0.4, unknown: 0.1 }) },
        otherwise: { kind: 'fixed', value: '' },
      }),
    ],
  };
}
