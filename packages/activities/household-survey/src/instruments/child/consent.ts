import { all, q, selectOne, type NodeDraft } from '@dh/core';

/**
 * Caregiver consent and child assent come before any question to the child
 * (docs/methodology.md § household-survey); every module group is relevant only where both hold.
 */
export const childConsented = all(q('caregiver_consent').eq('yes'), q('child_assent').eq('yes'));

export function childConsentQuestions(): NodeDraft[] {
  return [
    selectOne(
      'caregiver_consent',
      'yes_no',
      "Read the caregiver information sheet. Does the child's caregiver agree that the child may take part?",
      { required: true },
    ),
    selectOne('child_assent', 'yes_no', 'Read the child information sheet in private. Does the child agree to take part?', {
      required: true,
      relevant: q('caregiver_consent').eq('yes'),
    }),
  ];
}
