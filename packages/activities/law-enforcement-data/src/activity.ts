import {
  buildStatistics,
  statisticsActivity,
  statisticsArtefacts,
  type AssessmentConfig,
  type BuiltActivity,
  type GeneratedFile,
} from '@dh/core';
import { DECLARATION } from './declaration.js';

/** Builds the activity for one assessment (or the published defaults): its reference years and periodicity fill the request. */
export function buildLawEnforcementData(config?: AssessmentConfig): BuiltActivity {
  return buildStatistics(DECLARATION, config);
}

/** Activity 3 of Disrupting Harm (docs/methodology.md § law-enforcement-data and helpline-hotline-industry-data). */
export const activity = statisticsActivity({
  declaration: DECLARATION,
  title: 'Law-enforcement data: crime and referral statistics',
  description:
    'Aggregate figures on OCSEA from national police and specialised units, prosecution services and courts, NCMEC CyberTipline reports for the country and INTERPOL ICSE victim identifications, asked with a data-request workbook: one record per figure, with its source, period, measure, offence type and breakdown by sex or age of the child. Reports are not victims, cases or prevalence.',
  disclosure:
    'Figures police, courts, NCMEC and INTERPOL published or gave: their totals are shown, but a count broken down by sex or age of the child under the reporting threshold could point to a child, so it is withheld with its complements.',
});

/** The committed, generated files (record schema and types, English texts) for the published defaults; a test pins them. */
export function lawEnforcementDataArtefacts(): Promise<GeneratedFile[]> {
  return statisticsArtefacts(buildLawEnforcementData());
}
