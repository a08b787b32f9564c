import type { AnswerModel, AnswerPlan, FollowOnRecords, SynthesisPlan } from '../activity/synthesis.js';
import type { AssessmentConfig } from '../config/assessment-config.js';
import { frameCodes } from '../instrument/coding-frame.js';
import { DEFAULT_INTERVIEW_FIELDWORK } from './interview-lists.js';
import { INTERVIEW_LOG } from './interview-log.js';
import { CODED_SEGMENT } from './interview-segments.js';
import type { InterviewStudyDraft } from './interview-study-draft.js';

/** What an activity adds to the plan: its own follow-on records, and answer models that override the kit's. */
export interface InterviewSynthesisExtras {
  readonly followOns?: readonly FollowOnRecords[];
  readonly answers?: readonly AnswerPlan[];
}

const choice = (weights: Record<string, number>): AnswerModel => ({ kind: 'choice', weights });

/**
 * How `dh synth <activity> --n N` makes N interviews (docs/architecture.md § the CLI): a
 * simple sample of logged interviews, respondent types in proportion to the assessment's
 * plan, every interview consented, then three to eight coded segments per interview with
 * themes of the frame (leaf themes, as coders mostly use) and, for some, the theme's example
 * as the excerpt. Most professionals work in the first sector the activity lists. The
 * activity's answers come first, so they override these.
 */
export function interviewSynthesisPlan(
  draft: InterviewStudyDraft,
  config: AssessmentConfig | undefined,
  planned: Readonly<Record<string, number>>,
  extras: InterviewSynthesisExtras = {},
): SynthesisPlan {
  const types = draft.respondentTypes.map((t) => [t.code, planned[t.code] ?? 0] as const);
  const anyPlanned = types.some(([, n]) => n > 0);
  const children = draft.respondentTypes.some((t) => t.mayBeChild === true);
  const professionals = draft.respondentTypes.some((t) => t.professional === true);
  const [mainSector, ...otherSectors] = draft.sectors;
  const leaves = frameCodes(draft.frame).filter((c) => c.children.length === 0);
  const log = (field: string, model: AnswerModel): AnswerPlan => ({ recordType: INTERVIEW_LOG, field, model });
  const segment = (field: string, model: AnswerModel): AnswerPlan => ({ recordType: CODED_SEGMENT, field, model });
  const fieldwork = config?.fieldwork ?? DEFAULT_INTERVIEW_FIELDWORK;
  return {
    sample: { kind: 'simple', recordType: INTERVIEW_LOG },
    selections: [],
    followOns: [
      { recordType: CODED_SEGMENT, from: INTERVIEW_LOG, responseRate: 1, perRow: { min: 3, max: 8 } },
      ...(extras.followOns ?? []),
    ],
    weights: [],
    answers: [
      ...(extras.answers ?? []),
      log('interview_code', { kind: 'identifier', template: `${draft.prefix.toUpperCase()}-{seq:3}` }),
      log('interviewer_code', choice({ INT01: 1, INT02: 1, INT03: 1 })),
      log('respondent_type', choice(Object.fromEntries(types.map(([code, n]) => [code, anyPlanned ? n : 1])))),
      ...(children ? [log('respondent_age_group', choice({ under_18: 0.6, adult: 0.4 }))] : []),
      ...(professionals && mainSector !== undefined
        ? [
            log(
              'sector',
              choice({ [mainSector]: 0.7, ...Object.fromEntries(otherSectors.map((code) => [code, 0.3 / otherSectors.length])) }),
            ),
          ]
        : []),
      log('interview_mode', choice({ in_person: 0.85, video_call: 0.1, phone: 0.05 })),
      log('consent', { kind: 'fixed', value: 'yes' }),
      ...(children ? [log('assent', { kind: 'fixed', value: 'yes' })] : []),
      log('duration_minutes', { kind: 'range', min: 30, max: 95, decimals: 0 }),
      log('interview_end', choice({ completed: 0.92, stopped_by_respondent: 0.03, stopped_for_wellbeing: 0.03, interrupted: 0.02 })),
      log('referral_offered', choice({ yes: 0.9, no: 0.1 })),
      segment('interview_code', { kind: 'copy', recordType: INTERVIEW_LOG, field: 'interview_code' }),
      segment('theme', choice(Object.fromEntries(leaves.map((c) => [c.id, 1])))),
      segment('frame_version', { kind: 'fixed', value: draft.frame.version }),
      segment('excerpt', {
        kind: 'depends',
        on: 'theme',
        models: Object.fromEntries(
          leaves.map((c): [string, AnswerModel] => [
            c.id,
            c.example ? { kind: 'phrases', probability: 0.4, phrases: [c.example.en] } : { kind: 'fixed', value: '' },
          ]),
        ),
        otherwise: { kind: 'fixed', value: '' },
      }),
    ],
    nonSubstantive: { dontKnow: 0.03, refused: 0 },
    dateRange: { from: fieldwork.start, to: fieldwork.end },
  };
}
