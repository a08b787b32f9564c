import { respondentTypeList, type RespondentTypeDraft } from '@dh/core';

/**
 * Whom activity 8 talks with (docs/methodology.md § the nine activities: young survivors of
 * online child sexual exploitation and abuse, about 40 + 40 across five to six countries).
 * One type: the conversations are the young people's own, and whether one is under 18 is
 * asked in the log, since a child's conversation needs the child's own assent. The planned
 * number per country is this project's (dh) reading of that total: about fourteen.
 */
export const RESPONDENT_TYPES: readonly RespondentTypeDraft[] = [
  {
    code: 'young_survivor',
    label: 'Young person who experienced online sexual exploitation or abuse as a child',
    mayBeChild: true,
    planned: 14,
  },
];

export const RESPONDENT_TYPE_LIST = respondentTypeList(RESPONDENT_TYPES);
