import { codeText, type ConfigProblem } from '@dh/core';
import { z } from 'zod';

/**
 * The household survey's own section of assessment.json (`activities.household-survey.settings`):
 * its population (age range, internet-user definition) and its sample design (strata, design
 * variable names, lonely-PSU policy). Everything a country may vary, nothing else
 * (docs/architecture.md, principle 5).
 */
export const SurveySettingsSchema = z.strictObject({
  ageRange: z
    .strictObject({ min: z.int().min(5).max(25), max: z.int().min(5).max(25) })
    .meta({ description: 'Ages of the children surveyed, in completed years (most countries: 12–17).' }),
  internetUser: z
    .strictObject({
      recallMonths: z.int().min(1).max(24).meta({ description: 'Used the internet within this many months.' }),
      definition: z.string().min(1).meta({ description: 'The definition in words, as printed in reports.' }),
    })
    .meta({ description: 'Who counts as an internet-using child: the survey population.' }),
  strata: z
    .array(
      z.strictObject({
        code: codeText,
        label: z.string().min(1),
        region: codeText.optional(),
        urbanRural: z.enum(['urban', 'rural']).optional(),
      }),
    )
    .min(1)
    .meta({ description: 'Explicit strata of the sample (region × urban/rural).' }),
  stratumVariable: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a variable name: letters, digits and _')
    .default('stratum'),
  psuVariable: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a variable name: letters, digits and _')
    .default('psu'),
  weightVariable: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a variable name: letters, digits and _')
    .default('weight'),
  lonelyPsu: z.enum(['fail', 'remove', 'adjust', 'average', 'certainty']).default('fail').meta({
    description: "What to do with a stratum holding one PSU, as R survey's survey.lonely.psu option.",
  }),
  targetSampleSize: z.int().positive().optional().meta({ description: 'Planned number of child interviews.' }),
});

export type SurveySettings = z.output<typeof SurveySettingsSchema>;

/** Cross-field checks of the settings, beyond the schema. */
export function checkSurveySettings(settings: SurveySettings, hasPopulation: boolean): ConfigProblem[] {
  const at = (part: string): string => `activities.household-survey.settings.${part}`;
  const problems: ConfigProblem[] = [];
  const { min, max } = settings.ageRange;
  if (min > max) problems.push({ severity: 'error', path: at('ageRange'), message: `min ${min} is above max ${max}` });
  const codes = settings.strata.map((s) => s.code);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate !== undefined)
    problems.push({ severity: 'error', path: at('strata'), message: `stratum code "${duplicate}" is listed twice` });
  const names = [settings.stratumVariable, settings.psuVariable, settings.weightVariable];
  if (new Set(names).size < names.length)
    problems.push({
      severity: 'error',
      path: at('weightVariable'),
      message: `the stratum, PSU and weight variables need three different names, not ${names.join(', ')}`,
    });
  if (!hasPopulation)
    problems.push({
      severity: 'warning',
      path: 'population',
      message: 'no population figures: national counts of the household survey will not be computed',
    });
  return problems;
}
