import {
  answered,
  codeOf,
  defineIssue,
  defineRecordType,
  INTERVIEW_LOG,
  not,
  q,
  recordList,
  type AnswerPlan,
  type CountTableContract,
  type FollowOnRecords,
  type RecordLink,
  type RecordRule,
} from '@dh/core';
import { z } from 'zod';
import { ACTIVITY_ID, SURVIVOR_CONVERSATIONS_VERSION } from './version.js';

/**
 * Whether a young person invited took part (docs/methodology.md § the interview activities:
 * survivor-centred conversations). A young person may decline, stop and withdraw during the
 * conversation, or withdraw afterwards; then nothing they said is kept, and this record is
 * the only trace: that it happened, when, and that support was offered. Its schema has no
 * field that could hold content.
 */
export const PARTICIPATION_OUTCOMES = recordList('participation_outcome', [
  ['took_part', 'Took part, and agreed that what they said is used'],
  ['declined', 'Declined the invitation'],
  ['withdrew_during', 'Withdrew during the conversation'],
  ['withdrew_after', 'Withdrew after the conversation'],
]);

export const SUPPORT_OFFERED = recordList('support_offered', [
  ['yes', 'Yes'],
  ['no', 'No'],
]);

export const PARTICIPATION = 'participation';

/** A code, and nothing that could carry words: letters and digits joined by "-", as SCI-004 or SC-012. */
const anonymousCode = () =>
  z
    .string()
    .max(20)
    .regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'a code such as SCI-004: letters and digits joined by -');

export const participation = defineRecordType({
  name: PARTICIPATION,
  title: 'Participation in survivor conversations',
  key: ['invitation_code'],
  instrument: { id: 'sc_participation', version: SURVIVOR_CONVERSATIONS_VERSION },
  lists: [PARTICIPATION_OUTCOMES, SUPPORT_OFFERED],
  schema: z.strictObject({
    invitation_code: anonymousCode().meta({
      description: 'The anonymous code of the invitation, e.g. SCI-004: never a name, initials or a telephone number',
    }),
    invited_on: z.iso.date().meta({ description: 'Date the young person was invited' }),
    outcome: codeOf(PARTICIPATION_OUTCOMES).meta({ description: 'Whether the young person took part, declined or withdrew' }),
    interview_code: anonymousCode().nullable().meta({
      description:
        'Code of the conversation in the interview log, only when the young person took part; empty after a refusal or withdrawal',
    }),
    support_offered: codeOf(SUPPORT_OFFERED).meta({ description: 'Was the young person offered support, whatever the outcome?' }),
  }),
});

/** A conversation a young person took part in is in the interview log. */
export const PARTICIPATION_LINK: RecordLink = {
  from: { recordType: PARTICIPATION, fields: ['interview_code'] },
  to: { recordType: INTERVIEW_LOG, fields: ['interview_code'] },
};

export const withdrawnContentKept = defineIssue({
  code: `${ACTIVITY_ID}/withdrawn-content-kept`,
  severity: 'error',
  category: 'data-protection',
  title: 'Content kept after a refusal or withdrawal',
  description:
    'A participation record says the young person declined or withdrew, yet it points to a conversation: what they said may still be kept.',
  message: '{detail}',
  hint: "Delete the conversation's row in the interview log, its coded segments, notes and recording, and leave interview_code empty: only the outcome, the date and whether support was offered remain.",
});

export const participationWithoutConversation = defineIssue({
  code: `${ACTIVITY_ID}/participation-without-conversation`,
  severity: 'error',
  category: 'rule',
  title: 'Participation without its conversation',
  description: 'A participation record says the young person took part, but names no conversation of the interview log.',
  message: '{detail}',
  hint: 'Write the interview code of the conversation, as in the interview log; if the young person withdrew, record the withdrawal instead.',
});

export const PARTICIPATION_RULES: readonly RecordRule[] = [
  {
    id: 'withdrawal-keeps-no-content',
    recordType: PARTICIPATION,
    description: 'A refusal or withdrawal keeps nothing the young person said: the record links no conversation.',
    when: q('outcome').in('declined', 'withdrew_during', 'withdrew_after'),
    assert: not(answered('interview_code')),
    severity: 'error',
    code: withdrawnContentKept.code,
    message:
      'Invitation {invitation_code} is recorded as {outcome}, yet links conversation {interview_code}. Delete that conversation from the interview log with its coded segments, notes and recording, and leave interview_code empty.',
    field: 'interview_code',
  },
  {
    id: 'participation-has-conversation',
    recordType: PARTICIPATION,
    description: 'A young person who took part has their conversation in the interview log.',
    when: q('outcome').eq('took_part'),
    assert: answered('interview_code'),
    severity: 'error',
    code: participationWithoutConversation.code,
    message:
      'Invitation {invitation_code} is recorded as took_part but names no conversation. Write its interview code, as in the interview log.',
    field: 'interview_code',
  },
];

/** How invitations ended: a count of young people, withheld under the qualitative threshold like every count here. */
export const PARTICIPATION_TABLE: CountTableContract = {
  outputKind: 'count-table',
  id: 'participation_outcomes',
  title: 'Survivor conversations: invitations by outcome',
  definition:
    'Young people invited to a conversation, by whether they took part, declined, or withdrew during or after it. A withdrawal leaves no content, so it is counted here and nowhere else.',
  activity: ACTIVITY_ID,
  version: SURVIVOR_CONVERSATIONS_VERSION,
  acceptsVersions: `^${SURVIVOR_CONVERSATIONS_VERSION}`,
  caveat:
    'Young people invited through organisations that support them: a purposive group, so the counts describe this study, not how often young people take part or decline elsewhere.',
  recordType: PARTICIPATION,
  distinct: ['invitation_code'],
  unit: 'young people invited',
  rows: { kind: 'field', title: 'Outcome', field: 'outcome' },
};

/**
 * Synthetic participation: from each conversation in the log, the invitation that became it
 * (took part, linked to it) and, about one time in two, another young person invited about
 * then who declined or withdrew, whose record links nothing: a withdrawal leaves no content.
 */
export function participationSynthesis(): { followOns: FollowOnRecords[]; answers: AnswerPlan[] } {
  const answer = (field: string, model: AnswerPlan['model']): AnswerPlan => ({ recordType: PARTICIPATION, field, model });
  return {
    followOns: [{ recordType: PARTICIPATION, from: INTERVIEW_LOG, responseRate: 1, perRow: { min: 1, max: 2 } }],
    answers: [
      answer('invitation_code', { kind: 'identifier', template: 'SCI-{seq:3}' }),
      answer('invited_on', { kind: 'copy', recordType: INTERVIEW_LOG, field: 'interview_date' }),
      answer('outcome', {
        kind: 'by-position',
        first: { kind: 'fixed', value: 'took_part' },
        others: { kind: 'choice', weights: { declined: 3, withdrew_during: 1, withdrew_after: 1 } },
      }),
      answer('interview_code', {
        kind: 'by-position',
        first: { kind: 'copy', recordType: INTERVIEW_LOG, field: 'interview_code' },
        others: { kind: 'fixed', value: '' },
      }),
      answer('support_offered', { kind: 'fixed', value: 'yes' }),
    ],
  };
}
