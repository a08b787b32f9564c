import type { Text } from '@dh/core';

/**
 * Texts the XLSForm adds around an instrument's own: the hand-over of the tablet for
 * self-completed questions (docs/methodology.md § household-survey: sensitive items are
 * self-completed) and the message for an unanswered required question. They are
 * translated from the same `translations/<lang>.json` files as the instrument's texts.
 */
export const XLSFORM_TEXTS = {
  selfCompletedStart: {
    key: 'xlsform.self_completed.start',
    en: 'Interviewer: hand the tablet to the respondent. The next questions are answered privately; do not look at the screen.',
  },
  selfCompletedEnd: {
    key: 'xlsform.self_completed.end',
    en: 'Thank you. Please hand the tablet back to the interviewer.',
  },
  selfCompletedGuidance: {
    key: 'xlsform.self_completed.guidance',
    en: 'Self-completed: the respondent answers this question alone on the tablet.',
  },
  required: {
    key: 'xlsform.required',
    en: 'An answer is required.',
  },
} as const satisfies Record<string, Text>;
