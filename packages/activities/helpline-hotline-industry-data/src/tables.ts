import { AGE_OF_CHILD, SEX_OF_CHILD, type StatisticsTable } from '@dh/core';
import { CONTACT_REASONS, PLATFORM_TYPES } from './lists.js';

/** What the national report publishes from helpline, hotline and industry data, in report order (docs/methodology.md § helpline-hotline-industry-data). */
export const TABLES: readonly StatisticsTable[] = [
  {
    kind: 'trend',
    id: 'helpline_contacts_per_year',
    title: 'Child helpline contacts, and those about OCSEA, per year',
    measures: ['helpline_contacts', 'helpline_contacts_ocsea'],
    ratePer100000Children: true,
    ratios: [
      {
        id: 'ocsea_share_of_contacts',
        label: 'Share of helpline contacts about OCSEA',
        numerator: 'helpline_contacts_ocsea',
        denominator: 'helpline_contacts',
      },
    ],
  },
  {
    kind: 'trend',
    id: 'hotline_reports_per_year',
    title: 'Hotline reports received and confirmed as child sexual abuse material, per year',
    measures: ['hotline_reports', 'hotline_reports_confirmed'],
    ratePer100000Children: false,
    ratios: [
      {
        id: 'confirmed_share_of_reports',
        label: 'Share of reports confirmed as CSAM',
        numerator: 'hotline_reports_confirmed',
        denominator: 'hotline_reports',
      },
    ],
  },
  {
    kind: 'trend',
    id: 'industry_per_year',
    title: "Technology companies' reports, accounts actioned and content removed, per year",
    measures: ['platform_reports', 'accounts_actioned', 'content_removed'],
    ratePer100000Children: false,
  },
  {
    kind: 'breakdown',
    id: 'ocsea_contacts_by_reason',
    title: 'Helpline contacts about OCSEA, by main reason',
    measure: 'helpline_contacts_ocsea',
    list: CONTACT_REASONS.name,
  },
  {
    kind: 'breakdown',
    id: 'ocsea_contacts_by_sex',
    title: 'Helpline contacts about OCSEA, by sex of the child',
    measure: 'helpline_contacts_ocsea',
    list: SEX_OF_CHILD.name,
  },
  {
    kind: 'breakdown',
    id: 'ocsea_contacts_by_age',
    ratePer100000ChildrenOfAge: true,
    title: 'Helpline contacts about OCSEA, by age of the child',
    measure: 'helpline_contacts_ocsea',
    list: AGE_OF_CHILD.name,
  },
  {
    kind: 'breakdown',
    id: 'platform_reports_by_service',
    title: 'Reports made by technology companies, by type of online service',
    measure: 'platform_reports',
    list: PLATFORM_TYPES.name,
  },
  {
    kind: 'breakdown',
    id: 'accounts_actioned_by_service',
    title: 'Accounts actioned, by type of online service',
    measure: 'accounts_actioned',
    list: PLATFORM_TYPES.name,
  },
  {
    kind: 'breakdown',
    id: 'content_removed_by_service',
    title: 'Content removed, by type of online service',
    measure: 'content_removed',
    list: PLATFORM_TYPES.name,
  },
];
