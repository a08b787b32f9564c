import { AGE_OF_CHILD, SEX_OF_CHILD, type StatisticsTable } from '@dh/core';
import { OFFENCES } from './offences.js';

/** What the national report publishes from law-enforcement data, in report order (docs/methodology.md § law-enforcement-data). */
export const TABLES: readonly StatisticsTable[] = [
  {
    kind: 'trend',
    id: 'cybertipline_reports_per_year',
    title: 'CyberTipline reports for the country per year',
    measures: ['cybertipline_reports'],
    ratePer100000Children: true,
  },
  {
    kind: 'trend',
    id: 'justice_chain_per_year',
    title: 'OCSEA cases, arrests, prosecutions and convictions per year',
    measures: ['cases_recorded', 'suspects_arrested', 'prosecutions', 'convictions'],
    ratePer100000Children: true,
    ratios: [
      {
        id: 'prosecutions_per_case',
        label: 'Cases prosecuted per case recorded',
        numerator: 'prosecutions',
        denominator: 'cases_recorded',
      },
      {
        id: 'convictions_per_prosecution',
        label: 'Convictions per case prosecuted',
        numerator: 'convictions',
        denominator: 'prosecutions',
      },
      { id: 'convictions_per_case', label: 'Convictions per case recorded', numerator: 'convictions', denominator: 'cases_recorded' },
    ],
  },
  {
    kind: 'trend',
    id: 'victims_identified_per_year',
    title: 'Child victims identified per year',
    measures: ['victims_identified', 'icse_victims_identified'],
    ratePer100000Children: true,
  },
  {
    kind: 'breakdown',
    id: 'cases_by_offence',
    title: 'OCSEA cases recorded, by offence type',
    measure: 'cases_recorded',
    list: OFFENCES.name,
  },
  {
    kind: 'breakdown',
    id: 'convictions_by_offence',
    title: 'Cases with a conviction, by offence type',
    measure: 'convictions',
    list: OFFENCES.name,
  },
  {
    kind: 'breakdown',
    id: 'cases_by_sex',
    title: 'OCSEA cases recorded, by sex of the child',
    measure: 'cases_recorded',
    list: SEX_OF_CHILD.name,
  },
  {
    kind: 'breakdown',
    id: 'cases_by_age',
    ratePer100000ChildrenOfAge: true,
    title: 'OCSEA cases recorded, by age of the child',
    measure: 'cases_recorded',
    list: AGE_OF_CHILD.name,
  },
  {
    kind: 'breakdown',
    id: 'victims_by_sex',
    title: 'Child victims identified, by sex',
    measure: 'victims_identified',
    list: SEX_OF_CHILD.name,
  },
  {
    kind: 'breakdown',
    id: 'victims_by_age',
    ratePer100000ChildrenOfAge: true,
    title: 'Child victims identified, by age',
    measure: 'victims_identified',
    list: AGE_OF_CHILD.name,
  },
];
