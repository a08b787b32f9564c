import { respondentTypeList, type RespondentTypeDraft } from '@dh/core';

/**
 * Whom activity 7 interviews (docs/methodology.md § the nine activities: child victims, their
 * caregivers and justice professionals, 10 + 10 + 10). The split of the ten professionals is
 * this project's (dh): mostly those who handle the case, and some who support the child
 * through it. A child victim may be over 18 by the time of the interview, so the log asks the
 * age group, and a child's interview needs the child's own assent.
 */
export const RESPONDENT_TYPES: readonly RespondentTypeDraft[] = [
  {
    code: 'child_victim',
    label: 'Child or young person who experienced online sexual exploitation or abuse, whose case reached the authorities',
    mayBeChild: true,
    planned: 10,
  },
  { code: 'caregiver', label: 'Parent or caregiver of a child whose case reached the authorities', planned: 10 },
  {
    code: 'justice_professional',
    label: 'Justice professional (prosecutor, judge or magistrate, lawyer, court official, police investigator)',
    professional: true,
    planned: 6,
  },
  {
    code: 'support_professional',
    label: 'Professional who supports children through the justice process (social worker, psychologist, intermediary, victim advocate)',
    professional: true,
    planned: 4,
  },
];

export const RESPONDENT_TYPE_LIST = respondentTypeList(RESPONDENT_TYPES);

/** The child and the caregiver tell of one case they lived through; professionals of their practice. */
export const FAMILY_TYPES = ['child_victim', 'caregiver'] as const;

export const PROFESSIONAL_TYPES = ['justice_professional', 'support_professional'] as const;
