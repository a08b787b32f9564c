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
export function buildHelplineHotlineIndustryData(config?: AssessmentConfig): BuiltActivity {
  return buildStatistics(DECLARATION, config);
}

/** Activity 9 of Disrupting Harm (docs/methodology.md § law-enforcement-data and helpline-hotline-industry-data). */
export const activity = statisticsActivity({
  declaration: DECLARATION,
  title: 'Helpline, hotline and industry data: statistics from outside law enforcement',
  description:
    "Aggregate figures on OCSEA from child helplines (all contacts and those about OCSEA), hotlines for reporting child sexual abuse material (reports received and confirmed) and technology companies' transparency reports (reports made, accounts actioned, content removed), asked with a data-request workbook: one record per figure, with its source, period, measure, reason for contact and breakdown by sex or age of the child or type of service. Reports are not victims, cases or prevalence.",
  disclosure:
    'Figures helplines, hotlines and companies published or gave: their totals are shown, but a count broken down by sex or age of the child (or by type of service) under the reporting threshold could point to a child, so it is withheld with its complements.',
});

/** The committed, generated files (record schema and types, English texts) for the published defaults; a test pins them. */
export function helplineHotlineIndustryDataArtefacts(): Promise<GeneratedFile[]> {
  return statisticsArtefacts(buildHelplineHotlineIndustryData());
}
