import { respondentTypeList, type RespondentTypeDraft } from '@dh/core';

/**
 * Whom activity 4 interviews (docs/methodology.md § the nine activities: law-enforcement and
 * justice officials, about ten). The split of the ten is this project's (dh): mostly officers
 * of specialised units, who hold most of the cases, and the people cases go on to.
 */
export const RESPONDENT_TYPES: readonly RespondentTypeDraft[] = [
  {
    code: 'police_specialised',
    label: 'Police officer of a specialised unit (cybercrime, child protection, trafficking or sexual offences)',
    professional: true,
    planned: 4,
  },
  { code: 'police_general', label: 'Police officer outside a specialised unit', professional: true, planned: 2 },
  { code: 'prosecutor', label: 'Prosecutor', professional: true, planned: 2 },
  { code: 'judge', label: 'Judge or magistrate', professional: true, planned: 1 },
  {
    code: 'other_justice_official',
    label: 'Other justice or law-enforcement official (digital-forensics examiner, border or immigration officer, ministry official)',
    professional: true,
    planned: 1,
  },
];

export const RESPONDENT_TYPE_LIST = respondentTypeList(RESPONDENT_TYPES);

export const POLICE_TYPES = ['police_specialised', 'police_general', 'other_justice_official'] as const;
