import { AGE_OF_CHILD, SEX_OF_CHILD, type StatisticsMeasure } from '@dh/core';
import { OFFENCES } from './offences.js';

const CHILD = [SEX_OF_CHILD.name, AGE_OF_CHILD.name];

/**
 * What the law-enforcement data request asks, each with its unit, its definition and the
 * caveat printed with every table of it (docs/methodology.md § law-enforcement-data: reports
 * are not victims, cases or prevalence). `typicalYear` only shapes synthetic data: a
 * fictional country's plausible totals, never a published figure.
 */
export const MEASURES: readonly StatisticsMeasure[] = [
  {
    id: 'cybertipline_reports',
    sourceType: 'ncmec',
    label: 'CyberTipline reports',
    unit: 'reports',
    definition:
      "Reports to the CyberTipline of the US National Center for Missing & Exploited Children (NCMEC) in the period that NCMEC attributed to this country, mostly by the location of the upload. Almost all are made by US-based technology companies, which must report apparent child sexual abuse material they find on their services; NCMEC makes them available to the country's police.",
    caveat:
      'CyberTipline reports are referrals, mostly from US technology companies: they are not victims, cases or prevalence. One report may concern many images, and many reports the same image or person; their number follows how much companies detect and report, and how many people in the country use their services.',
    breakdownLists: [],
    typicalYear: { min: 8000, max: 20000 },
  },
  {
    id: 'cases_recorded',
    sourceType: 'police',
    label: 'OCSEA cases recorded',
    unit: 'cases',
    definition:
      'Cases of online child sexual exploitation and abuse (a digital or communication technology was involved at some point) that the police or a specialised unit recorded or opened an investigation into in the period, counted under their main offence.',
    caveat:
      'Recorded cases show what reached the police, not how much abuse there is: most OCSEA is never reported, and what is recorded as a case, and as online, differs between units, countries and years.',
    categoryList: OFFENCES.name,
    breakdownLists: CHILD,
    typicalYear: { min: 400, max: 700 },
  },
  {
    id: 'suspects_arrested',
    sourceType: 'police',
    label: 'Suspects arrested',
    unit: 'suspects',
    definition: 'People arrested in the period on suspicion of an OCSEA offence, counted under the main offence.',
    caveat:
      'Arrests count suspects, not cases or victims: one case may lead to several arrests or none, and an arrest is not a finding of guilt.',
    categoryList: OFFENCES.name,
    breakdownLists: [],
    typicalYear: { min: 150, max: 300 },
  },
  {
    id: 'victims_identified',
    sourceType: 'police',
    label: 'Child victims identified',
    unit: 'children',
    definition:
      'Children identified in the period as victims in OCSEA cases the police or a specialised unit handled, each child counted once however many cases concern them.',
    caveat:
      "Children identified are those the police found, not all children harmed: most victims are never identified, and identification depends on the unit's means (digital forensics, access to ICSE).",
    breakdownLists: CHILD,
    typicalYear: { min: 200, max: 400 },
  },
  {
    id: 'prosecutions',
    sourceType: 'justice',
    label: 'Cases prosecuted',
    unit: 'cases',
    definition:
      'OCSEA cases in which the prosecution service brought charges against at least one person in the period, counted under the main offence.',
    caveat:
      "Prosecutions in a year mostly concern cases recorded in earlier years, and sources count cases or accused persons differently: they are not a share of the same year's recorded cases.",
    categoryList: OFFENCES.name,
    breakdownLists: [],
    typicalYear: { min: 100, max: 200 },
  },
  {
    id: 'convictions',
    sourceType: 'justice',
    label: 'Cases with a conviction',
    unit: 'cases',
    definition:
      'OCSEA cases in which a court convicted at least one person in the period, counted under the main offence of the conviction.',
    caveat:
      "Convictions follow the offence by months or years and are counted when the court decides: a conviction is not a victim, and convictions in a year are not a share of that year's cases.",
    categoryList: OFFENCES.name,
    breakdownLists: [],
    typicalYear: { min: 20, max: 50 },
  },
  {
    id: 'icse_victims_identified',
    sourceType: 'interpol',
    label: 'Victims identified through ICSE',
    unit: 'children',
    definition:
      "Children from this country identified as victims in the period by investigators using INTERPOL's International Child Sexual Exploitation (ICSE) image and video database, as INTERPOL records them.",
    caveat:
      'ICSE identifications count children found from abuse material shared online, where investigators can use ICSE: they are not prevalence and say nothing of how many children are abused, and many victims are identified years after the material was made.',
    breakdownLists: [SEX_OF_CHILD.name],
    typicalYear: { min: 5, max: 40 },
  },
];

/** Cases, then prosecutions, then convictions: a later stage above an earlier one in a year is a warning (periods differ). */
export const JUSTICE_CHAIN = ['cases_recorded', 'prosecutions', 'convictions'] as const;
