import { defineIssue, type IssueDefinition } from '../../issues/catalogue.js';

/** The rules every aggregate-statistics activity applies, each a code of its own within the activity's namespace. */
export const STATISTICS_ISSUE_NAMES = [
  'parts-exceed-total',
  'parts-short-of-total',
  'justice-chain',
  'subset-exceeds-whole',
  'sudden-jump',
  'period-outside-reference-years',
  'overlapping-periods',
  'partial-year',
  'source-unnamed',
] as const;

export type StatisticsIssueName = (typeof STATISTICS_ISSUE_NAMES)[number];

/** An activity's code for one of the kit's rules: `<activity-id>/<name>` (the catalogue requires its own namespace). */
export function statisticsIssueCode(activityId: string, name: StatisticsIssueName): `${string}/${string}` {
  return `${activityId}/${name}`;
}

/**
 * The issue definitions of the kit's rules for one activity (docs/methodology.md §
 * law-enforcement-data and helpline-hotline-industry-data). Each activity declares its own
 * copy: `IssueCatalogue.of` accepts only codes namespaced by the activity's id.
 */
export function statisticsIssues(activityId: string, omit: readonly StatisticsIssueName[] = []): IssueDefinition[] {
  const code = (name: StatisticsIssueName) => statisticsIssueCode(activityId, name);
  const left = new Set(omit.map(code));
  return [
    defineIssue({
      code: code('parts-exceed-total'),
      severity: 'error',
      category: 'rule',
      title: 'Parts add up to more than their total',
      description:
        'The parts of a breakdown (girls and boys, the age bands, the offence or contact types) add up to more than the total the same source gave for the same period and measure. Each figure is counted in one part only, so the parts cannot exceed the total.',
      message: '{measure}, {period} ({source}): the parts by {list} add up to {parts}, more than the total of {total}',
      hint: 'Check the figures against the source document: a part may be mistyped, or the total may be of another period or measure. If the source counts one case in several parts, keep only the total and say so in its note.',
    }),
    defineIssue({
      code: code('parts-short-of-total'),
      severity: 'warning',
      category: 'rule',
      title: 'Parts add up to less than their total',
      description:
        'Every part of a breakdown is given, but together they are less than the total: some figures were left uncategorised. Sources often do this, so it is a warning.',
      message: '{measure}, {period} ({source}): the parts by {list} add up to {parts}, {missing} less than the total of {total}',
      hint: 'If the source says how many it could not place, put them in the list\'s "not recorded" part; otherwise say in the note of the total that some are uncategorised. No change is needed if the figures are as published.',
    }),
    defineIssue({
      code: code('justice-chain'),
      severity: 'warning',
      category: 'rule',
      title: 'A later stage of the justice chain exceeds an earlier one',
      description:
        'Convictions are usually no more than prosecutions, and prosecutions no more than cases, in the same year. They can be more: cases recorded in one year are prosecuted and judged in later ones, and sources count cases or persons differently. So this is a warning.',
      message: '{period}, {category}, {breakdown}: {laterValue} {later} but only {earlierValue} {earlier}',
      hint: 'Check both figures with their sources, and say in a note why the later stage is larger (cases from earlier years, persons counted instead of cases).',
    }),
    defineIssue({
      code: code('subset-exceeds-whole'),
      severity: 'error',
      category: 'rule',
      title: 'A measure exceeds the measure it is part of',
      description:
        'Some measures count part of what another counts, by definition (contacts about OCSEA among all contacts, reports confirmed among reports received). From the same source for the same period, the part cannot be larger.',
      message: '{period} ({source}, {category}, {breakdown}): {partValue} {part} but only {wholeValue} {whole}',
      hint: 'Check both figures against the source: one may be mistyped, or of another period or area. If the source counts them differently (contacts of another year), keep the figure as published and explain it in the note of both.',
    }),
    defineIssue({
      code: code('sudden-jump'),
      severity: 'warning',
      category: 'rule',
      title: 'Sudden jump from one year to the next',
      description:
        'A figure is more than ten times larger or smaller than the same figure one year earlier. That is more often a change in how the source counts (a new unit, a new system, a company starting to report) than a change in abuse, and readers need to know which.',
      message: '{measure} ({source}, {category}, {breakdown}): {before} in {previous}, {after} in {period}',
      hint: 'Check the figure with the source. If it is right, write in its note what changed; the warning no longer shows once the later figure has a note.',
    }),
    defineIssue({
      code: code('period-outside-reference-years'),
      severity: 'error',
      category: 'rule',
      title: 'Period outside the reference years',
      description: 'A figure is for a period outside the years the assessment covers, so no table would show it as asked.',
      message: 'Period {value} is outside the reference years {from}–{to}',
      hint: 'Correct the period or remove the figure. If the assessment should cover that year, change the reference years in assessment.json.',
    }),
    defineIssue({
      code: code('overlapping-periods'),
      severity: 'error',
      category: 'rule',
      title: 'Overlapping periods',
      description:
        'The same figure is given for a period and for a part of it (the year and one of its quarters, a quarter and one of its months). Tables add up every period of a year, so they would count it twice.',
      message: '{measure} ({source}, {category}, {breakdown}): {value} overlaps {other}, so {year} would count the same figures twice',
      hint: 'Keep either the figure for the whole period or the figures for its parts, not both; mention the other in a note.',
    }),
    defineIssue({
      code: code('partial-year'),
      severity: 'warning',
      category: 'rule',
      title: 'Year only partly covered',
      description:
        'Quarters or months are given for a year, but not all of them. Tables add them up as the figure of the year, which then looks smaller than it is.',
      message: '{measure} ({source}, {category}, {breakdown}): the periods given for {year} cover {months} of its 12 months',
      hint: 'Add the missing quarters or months if the source has them; otherwise say in a note that the year is incomplete, so readers do not take it for a fall.',
    }),
    defineIssue({
      code: code('source-unnamed'),
      severity: 'error',
      category: 'rule',
      title: 'Source not named',
      description: 'Every figure names the organisation it comes from and the document or dataset it is in; a placeholder names no one.',
      message: '{field} "{value}" does not name a source',
      hint: 'Write the organisation that gave the figure and the document or dataset it is in (e.g. "Criminal Investigations Directorate", "Annual crime report 2021").',
    }),
  ].filter((definition) => !left.has(definition.code));
}
