import { OCSEA_FORMS, type StatisticsList } from '@dh/core';

/**
 * Offence types police and courts count OCSEA cases under (docs/methodology.md §
 * legal-policy-review lists the offences a law should cover). A case is counted under its
 * main offence only, so the types add up to no more than the total.
 */
export const OFFENCES: StatisticsList = {
  name: 'offence',
  title: 'Offence type',
  parts: [
    OCSEA_FORMS.csam,
    OCSEA_FORMS.grooming,
    OCSEA_FORMS.sexualExtortion,
    OCSEA_FORMS.imagesShared,
    OCSEA_FORMS.liveStreaming,
    OCSEA_FORMS.moneyOrGifts,
    ['other_ocsea_offence', 'Another offence involving OCSEA'],
    ['offence_not_recorded', 'Offence type not recorded'],
  ],
  notRecorded: 'offence_not_recorded',
};
