import { AGE_OF_CHILD, SEX_OF_CHILD, type StatisticsDeclaration } from '@dh/core';
import { CONTACT_REASONS, PLATFORM_TYPES } from './lists.js';
import { MEASURES, SUBSETS } from './measures.js';
import { SOURCE_TYPES } from './sources.js';
import { TABLES } from './tables.js';
import { ACTIVITY_ID, HELPLINE_HOTLINE_INDUSTRY_DATA_VERSION } from './version.js';

/** What the request says before any figure is asked (every text a translation key of `helpline_hotline_industry_request`). */
const INSTRUCTIONS: readonly (readonly [string, string])[] = [
  [
    'purpose',
    'This request asks child helplines, hotlines for reporting child sexual abuse material and technology companies for figures on online child sexual exploitation and abuse (OCSEA): abuse or exploitation of a child in which a digital or communication technology was involved at some point. It asks for totals only: never contact records, content, names or anything that could point to a child, a caller or a user.',
  ],
  [
    'fill',
    'Fill the sheet of your kind of organisation. At the top, write your organisation, the document or dataset the figures come from (annual report, transparency report, database extract) and the date you took them. Then write one figure per measure and period: the first row of each measure is its total; use the rows below it for the reasons for contact, the sex or age of the child, or the type of service, where your records give them.',
  ],
  [
    'count',
    'Count each contact, report, account or item once, in one part of each list only (a contact under its main reason). If your figures cover more than this country, or count otherwise (calls only, reports forwarded rather than received), say so in the note.',
  ],
];

/** Activity 9 as data: its sources, measures, contact reasons, breakdowns and tables. */
export const DECLARATION: StatisticsDeclaration = {
  activityId: ACTIVITY_ID,
  version: HELPLINE_HOTLINE_INDUSTRY_DATA_VERSION,
  request: {
    id: 'helpline_hotline_industry_request',
    title: 'Request for helpline, hotline and industry figures on OCSEA',
    instructions: INSTRUCTIONS,
  },
  recordType: {
    name: 'helpline_hotline_industry_figure',
    title: 'Helpline, hotline and industry figures: one row per source, period, measure, category and breakdown',
  },
  sourceTypes: SOURCE_TYPES,
  categoryLists: [CONTACT_REASONS],
  breakdownLists: [SEX_OF_CHILD, AGE_OF_CHILD, PLATFORM_TYPES],
  measures: MEASURES,
  subsets: SUBSETS,
  tables: TABLES,
};
