import type { ActivityDefinition, AssessmentConfig, BuiltActivity, Choice, IndicatorContract, ScaffoldDeclaration } from '@dh/core';
import { parseCodeLabelList, withActivitySettings } from '@dh/core';
import { DERIVED_VARIABLES } from './derived-variables.js';
import { surveyDisaggregations } from './disaggregations.js';
import { experienceIndicators } from './indicators/experience-indicators.js';
import { ocseaIndicators } from './indicators/ocsea-indicators.js';
import { caregiverIndicators, rosterIndicators } from './indicators/population-indicators.js';
import { caregiverInterviewInstrument } from './instruments/caregiver-interview.js';
import { childInterviewInstrument } from './instruments/child/child-interview.js';
import { screenerInstrument } from './instruments/screener.js';
import { surveyRecordTypes } from './record-types.js';
import { caregiverMatchesChild } from './rules/caregiver-matches-child.js';
import { childAgeMatchesRoster } from './rules/child-age-matches-roster.js';
import { oneSelectedChildPerHousehold } from './rules/one-selected-child.js';
import { surveyRecordRules } from './rules/record-rules.js';
import { rosterCountMatchesScreener } from './rules/roster-count-matches-screener.js';
import { RESPONDENT_CONDITIONS, SURVEY_LINKS, surveyConsentGates, surveyDesigns } from './structure.js';
import { checkSurveySettings, SurveySettingsSchema } from './settings.js';
import { surveyParameters, surveySettings, type SurveyParameters } from './survey-parameters.js';
import { questionTexts, type QuestionTexts } from './indicators/question-texts.js';
import { surveySynthesisPlan } from './synthesis-plan.js';
import { ACTIVITY_ID, HOUSEHOLD_SURVEY_VERSION } from './version.js';

function surveyIndicators(
  params: SurveyParameters,
  platforms: readonly Choice[],
  disaggregationIds: readonly string[],
  texts: QuestionTexts,
): IndicatorContract[] {
  const has = (id: string): boolean => disaggregationIds.includes(id);
  const child = ['sex', 'age_band', 'urban_rural', 'region'].filter(has);
  const roster = ['roster_sex', 'roster_age_band', 'roster_urban_rural', 'roster_region'].filter(has);
  const place = ['urban_rural', 'region'].filter(has);
  return [
    ...ocseaIndicators(params, child),
    ...experienceIndicators(params, platforms, child),
    ...rosterIndicators(params, roster, texts),
    ...caregiverIndicators(params, place, texts),
  ];
}

/** Builds the survey for one assessment (or for the published defaults without one). */
export function buildHouseholdSurvey(config?: AssessmentConfig): BuiltActivity {
  const params = surveyParameters(config);
  const instruments = [screenerInstrument(params), childInterviewInstrument(params), caregiverInterviewInstrument(params)];
  const disaggregations = surveyDisaggregations(params);
  const platforms = instruments[1]?.choiceLists.find((l) => l.name === 'platform')?.choices ?? [];
  return {
    instruments,
    recordTypes: surveyRecordTypes(instruments, params.weightVariable, RESPONDENT_CONDITIONS),
    links: SURVEY_LINKS,
    recordRules: surveyRecordRules(params),
    datasetRules: [
      rosterCountMatchesScreener(`${params.ageMin}–${params.ageMax}`),
      oneSelectedChildPerHousehold,
      caregiverMatchesChild,
      childAgeMatchesRoster,
    ],
    derivedVariables: DERIVED_VARIABLES,
    designs: surveyDesigns(params),
    consent: surveyConsentGates(params),
    disaggregations,
    indicators: surveyIndicators(
      params,
      platforms,
      disaggregations.map((d) => d.id),
      questionTexts(instruments),
    ),
    tables: [],
    synthesis: surveySynthesisPlan(params),
  };
}

/**
 * A wider age range narrowed to the reference's: the indicators' universes then hold the common
 * ages only, estimated as domains of the country's full design. The population figures the
 * country gave are for its own ages, so they are left out (no national counts).
 */
function harmoniseAgeRange(own: AssessmentConfig, reference: AssessmentConfig): AssessmentConfig | { refused: string } {
  const [o, r] = [surveySettings(own).ageRange, surveySettings(reference).ageRange];
  if (o.min === r.min && o.max === r.max) return own;
  if (o.min > r.min || o.max < r.max)
    return {
      refused: `${own.country}'s ages ${o.min}–${o.max} do not include ${reference.country}'s ${r.min}–${r.max}: only a country whose ages include the reference's is re-estimated (name ${own.country} first, as the reference, to harmonise the other way).`,
    };
  const narrowed = withActivitySettings(own, ACTIVITY_ID, { ageRange: { min: r.min, max: r.max } });
  if (narrowed.population === undefined) return narrowed;
  const { internetUsingChildren: _i, childrenInAgeRange: _c, ...population } = narrowed.population;
  return { ...narrowed, population };
}

const NATIONAL_STRATA = 'national_urban:National, urban;national_rural:National, rural';

/** What `dh new country` asks for the survey, and the settings it makes of the answers. */
const scaffold: ScaffoldDeclaration = {
  options: [
    { name: 'age-min', type: 'integer', default: 12, description: 'youngest age surveyed, in completed years' },
    { name: 'age-max', type: 'integer', default: 17, description: 'oldest age surveyed, in completed years' },
    {
      name: 'internet-user-months',
      type: 'integer',
      default: 3,
      description: 'internet users are children who used the internet within this many months',
    },
    {
      name: 'strata',
      type: 'string',
      default: NATIONAL_STRATA,
      description: 'survey strata, written code:Label;code:Label (e.g. "nairobi_urban:Nairobi, urban;coast_rural:Coast, rural")',
    },
  ],
  settings(options) {
    const months = Number(options['internet-user-months'] ?? 3);
    return {
      ageRange: { min: Number(options['age-min'] ?? 12), max: Number(options['age-max'] ?? 17) },
      internetUser: { recallMonths: months, definition: `used the internet in the past ${months} months` },
      strata: parseStrata(String(options['strata'] ?? NATIONAL_STRATA)),
    };
  },
};

/**
 * `code:Label;code:Label` → strata (the settings schema then checks each code). A code
 * written `<region>_urban` or `<region>_rural` says its region and area, so the results
 * break down by urban/rural and by region without more typing.
 */
export function parseStrata(spec: string): { code: string; label: string; region?: string; urbanRural?: 'urban' | 'rural' }[] {
  return parseCodeLabelList(spec).map(({ code, label }) => {
    const place = /^(.+)_(urban|rural)$/.exec(code);
    return place?.[1] && (place[2] === 'urban' || place[2] === 'rural')
      ? { code, label, region: place[1], urbanRural: place[2] }
      : { code, label };
  });
}

/** Activity 2 of Disrupting Harm, the backbone of each country assessment (docs/methodology.md § household-survey). */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Household survey of internet-using children and their caregivers',
  version: HOUSEHOLD_SURVEY_VERSION,
  kind: 'survey',
  description:
    'A nationally representative household survey: a screener with a roster of the children of the age range in each visited household, an interview of one randomly selected internet-using child (with self-completed sensitive modules on OCSEA experiences) and of one caregiver. Multi-stage stratified cluster design with design weights.',
  settings: SurveySettingsSchema,
  checkSettings: (config) => checkSurveySettings(surveySettings(config), config.population?.internetUsingChildren !== undefined),
  issues: [],
  disclosure: {
    case: 'respondent',
    description:
      'Estimates from sampled children and caregivers: a cell resting on too few unweighted respondents is suppressed, and flagged when few.',
  },
  comparability: [
    {
      id: 'age-range',
      title: 'Ages surveyed',
      value: (config) => {
        const { min, max } = surveySettings(config).ageRange;
        return `${min}–${max}`;
      },
      harmonise: harmoniseAgeRange,
    },
    {
      id: 'internet-user',
      title: 'Internet users: used the internet within',
      value: (config) => `${surveySettings(config).internetUser.recallMonths} months`,
      harmonise: (own, reference) => {
        const [o, r] = [surveySettings(own).internetUser.recallMonths, surveySettings(reference).internetUser.recallMonths];
        if (o === r) return own;
        return {
          refused: `${own.country}'s children were asked whether they used the internet within ${o} months only: its data cannot tell who used it within ${r} months.`,
        };
      },
    },
  ],
  scaffold,
  build: buildHouseholdSurvey,
};
