import { AGE_OF_CHILD, SEX_OF_CHILD, type StatisticsMeasure } from '@dh/core';
import { CONTACT_REASONS, PLATFORM_TYPES } from './lists.js';

const CHILD = [SEX_OF_CHILD.name, AGE_OF_CHILD.name];

/**
 * What the request asks of helplines, hotlines and companies, each with its unit, its
 * definition and the caveat printed with every table of it (docs/methodology.md §
 * helpline-hotline-industry-data: reports are not victims, cases or prevalence).
 * `typicalYear` only shapes synthetic data: a fictional country's plausible totals, never
 * a published figure.
 */
export const MEASURES: readonly StatisticsMeasure[] = [
  {
    id: 'helpline_contacts',
    sourceType: 'helpline',
    label: 'Contacts with the child helpline',
    unit: 'contacts',
    definition:
      'Every contact the child helpline answered in the period (calls, chats, text and social media messages, e-mails), whatever its reason, as the helpline counts contacts. Silent, abusive and test calls are left out where the helpline counts them apart.',
    caveat:
      'Contacts are not children or cases: one child may contact the helpline many times, and the number follows how well the helpline is known, reachable and staffed.',
    breakdownLists: CHILD,
    typicalYear: { min: 20000, max: 45000 },
  },
  {
    id: 'helpline_contacts_ocsea',
    sourceType: 'helpline',
    label: 'Contacts about online sexual exploitation and abuse',
    unit: 'contacts',
    definition:
      'Contacts in the period whose main reason, as the counsellor recorded it, was the online sexual exploitation or abuse of a child: a digital or communication technology was involved at some point, fully online or together with abuse in person.',
    caveat:
      'Contacts about OCSEA are what children and adults chose to tell a helpline, classified by its counsellors: they are not victims, cases or prevalence, and helplines classify the reasons for contacts differently.',
    categoryList: CONTACT_REASONS.name,
    breakdownLists: CHILD,
    typicalYear: { min: 150, max: 400 },
  },
  {
    id: 'hotline_reports',
    sourceType: 'hotline',
    label: 'Reports received by the hotline',
    unit: 'reports',
    definition:
      'Reports of suspected child sexual abuse material online that the hotline received in the period, from the public or passed on by other hotlines, as the hotline counts them.',
    caveat:
      'Reports are what people reported: many concern the same content, and many turn out not to be child sexual abuse material. They are not victims, cases or prevalence.',
    breakdownLists: [],
    typicalYear: { min: 600, max: 2000 },
  },
  {
    id: 'hotline_reports_confirmed',
    sourceType: 'hotline',
    label: 'Reports confirmed as child sexual abuse material',
    unit: 'reports',
    definition:
      "Reports received in the period that the hotline's analysts assessed as child sexual abuse material, under national law or the international classification the hotline applies.",
    caveat:
      'Confirmed reports count content (web addresses or files), not children: one child can appear in many reports, and where content is hosted says little about where the child lives. They are not victims or prevalence.',
    breakdownLists: [],
    typicalYear: { min: 150, max: 500 },
  },
  {
    id: 'platform_reports',
    sourceType: 'industry',
    label: 'Reports made by technology companies',
    unit: 'reports',
    definition:
      'Reports of apparent child sexual exploitation on its services that a company made in the period about this country (to NCMEC, a hotline or national authorities), as its transparency report gives them.',
    caveat:
      "Companies' reports follow what they detect and how: they are not victims, cases or prevalence. Companies count differently, so a sum over companies adds unlike counts, and reports US companies make to NCMEC are also among the country's CyberTipline reports (law-enforcement-data): the two are not added.",
    breakdownLists: [PLATFORM_TYPES.name],
    typicalYear: { min: 5000, max: 15000 },
  },
  {
    id: 'accounts_actioned',
    sourceType: 'industry',
    label: 'Accounts actioned',
    unit: 'accounts',
    definition:
      'Accounts a company suspended, removed or restricted in the period for child sexual exploitation, of users in this country, where its transparency report gives the country.',
    caveat:
      "Accounts are not people or offenders: one person may hold many accounts, and actions follow each company's own policies and detection, not how much abuse there is.",
    breakdownLists: [PLATFORM_TYPES.name],
    typicalYear: { min: 2000, max: 6000 },
  },
  {
    id: 'content_removed',
    sourceType: 'industry',
    label: 'Content removed',
    unit: 'items',
    definition:
      'Items of content (images, videos, posts, messages) a company removed or blocked in the period for child sexual exploitation, for this country, where its transparency report gives the country.',
    caveat:
      "Items of content are not victims or cases: the same image can be removed many times, and the count follows each company's detection tools and policies, not how much abuse there is.",
    breakdownLists: [PLATFORM_TYPES.name],
    typicalYear: { min: 20000, max: 60000 },
  },
];

/** Parts of a whole by definition, from one source and period: contacts about OCSEA among all contacts, confirmed reports among reports received. */
export const SUBSETS = [
  { measure: 'helpline_contacts_ocsea', of: 'helpline_contacts' },
  { measure: 'hotline_reports_confirmed', of: 'hotline_reports' },
] as const;
