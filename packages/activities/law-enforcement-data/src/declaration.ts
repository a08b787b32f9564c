import { AGE_OF_CHILD, SEX_OF_CHILD, type StatisticsDeclaration } from '@dh/core';
import { JUSTICE_CHAIN, MEASURES } from './measures.js';
import { OFFENCES } from './offences.js';
import { SOURCE_TYPES } from './sources.js';
import { TABLES } from './tables.js';
import { ACTIVITY_ID, LAW_ENFORCEMENT_DATA_VERSION } from './version.js';

/** What the request says before any figure is asked (every text a translation key of `law_enforcement_request`). */
const INSTRUCTIONS: readonly (readonly [string, string])[] = [
  [
    'purpose',
    'This request asks for figures on online child sexual exploitation and abuse (OCSEA): abuse or exploitation of a child in which a digital or communication technology was involved at some point, fully online or together with abuse in person. It asks for totals only: never names, case files or anything that could point to a child, a family or a suspect.',
  ],
  [
    'fill',
    'Fill the sheet of your kind of organisation. At the top, write your organisation, the document or dataset the figures come from (report title, database, extract) and the date you took them. Then write one figure per measure and period: the first row of each measure is its total; use the rows below it for the offence types, and for the sex or age of the child, that your records hold.',
  ],
  [
    'count',
    'Count each case, person or child once, under one offence type only (the main offence). If your records count otherwise (persons instead of cases, the date a case was closed instead of opened, all sexual offences against children instead of those involving technology), say so in the note.',
  ],
];

/** Activity 3 as data: its sources, measures, offence types, breakdowns, justice chain and tables. */
export const DECLARATION: StatisticsDeclaration = {
  activityId: ACTIVITY_ID,
  version: LAW_ENFORCEMENT_DATA_VERSION,
  request: { id: 'law_enforcement_request', title: 'Request for law-enforcement figures on OCSEA', instructions: INSTRUCTIONS },
  recordType: {
    name: 'law_enforcement_figure',
    title: 'Law-enforcement figures: one row per source, period, measure, category and breakdown',
  },
  sourceTypes: SOURCE_TYPES,
  categoryLists: [OFFENCES],
  breakdownLists: [SEX_OF_CHILD, AGE_OF_CHILD],
  measures: MEASURES,
  justiceChain: JUSTICE_CHAIN,
  tables: TABLES,
};
