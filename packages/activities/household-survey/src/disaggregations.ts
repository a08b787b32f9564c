import { any, q, type Disaggregation, type Expr } from '@dh/core';
import type { Stratum, SurveyParameters } from './survey-parameters.js';

/** Two-year age bands from the config's age range: 12–13, 14–15, 16–17 by default (docs/methodology.md, design). */
export function ageBands(min: number, max: number): { low: number; high: number }[] {
  const bands: { low: number; high: number }[] = [];
  for (let low = min; low <= max; low += 2) bands.push({ low, high: Math.min(low + 1, max) });
  return bands;
}

const inStrata = (variable: string, strata: readonly Stratum[]): Expr => any(...strata.map((s) => q(variable).eq(s.code)));

/** The variables a disaggregation reads, which differ between the child and roster records. */
interface DisaggregationVariables {
  readonly prefix: string;
  readonly sex: string;
  readonly age: string;
  readonly stratum: string;
}

function byPlace(params: SurveyParameters, v: DisaggregationVariables): Disaggregation[] {
  const areas = (['urban', 'rural'] as const)
    .map((area) => ({ area, strata: params.strata.filter((s) => s.urbanRural === area) }))
    .filter((a) => a.strata.length > 0);
  const regions = params.regions
    .map((region) => ({ region, strata: params.strata.filter((s) => s.region === region.code) }))
    .filter((r) => r.strata.length > 0);
  const out: Disaggregation[] = [];
  // A breakdown with one level says nothing the overall figure does not.
  if (areas.length > 1) {
    out.push({
      id: `${v.prefix}urban_rural`,
      title: 'Urban or rural (from the stratum)',
      levels: areas.map((a) => ({ code: a.area, label: a.area === 'urban' ? 'Urban' : 'Rural', when: inStrata(v.stratum, a.strata) })),
    });
  }
  if (regions.length > 1) {
    out.push({
      id: `${v.prefix}region`,
      title: 'Region (from the stratum)',
      levels: regions.map((r) => ({ code: r.region.code, label: r.region.label, when: inStrata(v.stratum, r.strata) })),
    });
  }
  out.push({
    id: `${v.prefix}stratum`,
    title: 'Stratum',
    levels: params.strata.map((s) => ({ code: s.code, label: s.label, when: q(v.stratum).eq(s.code) })),
  });
  return out;
}

function byPerson(params: SurveyParameters, v: DisaggregationVariables): Disaggregation[] {
  return [
    {
      id: `${v.prefix}sex`,
      title: 'Sex of the child',
      levels: [
        { code: 'boy', label: 'Boys', when: q(v.sex).eq('boy') },
        { code: 'girl', label: 'Girls', when: q(v.sex).eq('girl') },
      ],
    },
    {
      id: `${v.prefix}age_band`,
      title: 'Age of the child',
      levels: ageBands(params.ageMin, params.ageMax).map(({ low, high }) => ({
        code: low === high ? `${low}` : `${low}_${high}`,
        label: low === high ? `${low}` : `${low}–${high}`,
        when: q(v.age).between(low, high),
      })),
    },
  ];
}

const CHILD: (p: SurveyParameters) => DisaggregationVariables = (p) => ({ prefix: '', sex: 'sex', age: 'age', stratum: p.stratumVariable });
const ROSTER: DisaggregationVariables = { prefix: 'roster_', sex: 'roster_sex', age: 'roster_age', stratum: 'roster_stratum' };

/**
 * Sex, age band, urban/rural and region (docs/methodology.md § household-survey). Child and
 * caregiver records share the ids without prefix (their stratum variable has the same
 * name); roster ids start with `roster_`.
 */
export function surveyDisaggregations(params: SurveyParameters): Disaggregation[] {
  return [...byPerson(params, CHILD(params)), ...byPlace(params, CHILD(params)), ...byPerson(params, ROSTER), ...byPlace(params, ROSTER)];
}
