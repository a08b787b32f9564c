import type { StatisticsList } from './declaration.js';

/**
 * The breakdowns and forms of OCSEA that both aggregate-statistics activities use. They are
 * declared once because an assessment has one translation file for all its activities, keyed
 * by list and code (`choices.sex.girl`): two activities giving one key two texts would make
 * one of them wrong. (dh) The age bands are this project's choice; sources that band ages
 * otherwise give the figure as a total with a note.
 */
export const SEX_OF_CHILD: StatisticsList = {
  name: 'sex',
  title: 'Sex of the child',
  parts: [
    ['girl', 'Girls'],
    ['boy', 'Boys'],
    ['sex_other', 'Other sex or gender, as the source records it'],
    ['sex_not_recorded', 'Sex not recorded'],
  ],
  notRecorded: 'sex_not_recorded',
};

export const AGE_OF_CHILD: StatisticsList = {
  name: 'age_band',
  title: 'Age of the child',
  parts: [
    ['age_0_9', 'Under 10'],
    ['age_10_13', '10–13 years'],
    ['age_14_17', '14–17 years'],
    ['age_not_recorded', 'Age not recorded'],
  ],
  notRecorded: 'age_not_recorded',
  ages: { age_0_9: { from: 0, to: 9 }, age_10_13: { from: 10, to: 13 }, age_14_17: { from: 14, to: 17 } },
};

/**
 * Forms of online child sexual exploitation and abuse a source may count apart
 * (docs/methodology.md: the household survey's clear examples, and the offences of the
 * legal checklist): `[code, English label]`, for an activity's category lists.
 */
export const OCSEA_FORMS = {
  csam: ['csam', 'Child sexual abuse material (making, sharing, possessing or viewing it)'],
  grooming: ['grooming', 'Online grooming (soliciting a child for sexual purposes)'],
  sexualExtortion: ['sexual_extortion', 'Sexual extortion (threatening a child to obtain sexual images or acts)'],
  imagesShared: ['images_shared_without_consent', 'Sexual images of a child shared without permission'],
  liveStreaming: ['live_streaming', 'Live-streamed child sexual abuse'],
  moneyOrGifts: ['money_or_gifts', 'Money or gifts offered for sexual images or acts'],
} as const satisfies Readonly<Record<string, readonly [string, string]>>;
