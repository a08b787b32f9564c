import { z } from 'zod';
import { ACTIVITY_IDS } from '../activity/activity-id.js';
import { checkLanguageTag } from './language.js';
import { isCountryCode } from './iso3166.js';

/**
 * The assessment config (`assessment.json`): everything a country may vary
 * (architecture.md, principle 5). Its JSON Schema is published so editors autocomplete it.
 */

const semver = z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a semantic version such as 1.0.0');
const isoDate = z.iso.date();
const code = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$|^-?\d+$/, 'a code: letters, digits, _ . - (no spaces)');

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'two capital letters (ISO 3166-1 alpha-2)')
  .refine(isCountryCode, 'not an ISO 3166-1 alpha-2 code (fictional countries use a user-assigned code: AA, QM–QZ, XA–XZ, ZZ)')
  .meta({ description: 'ISO 3166-1 alpha-2 country code; user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) for fictional countries.' });

export const LanguageTagSchema = z
  .string()
  .refine((tag) => checkLanguageTag(tag).valid, 'not a known BCP 47 language tag (e.g. en, sw, fr, pt-MZ, km)')
  .meta({ description: 'BCP 47 language tag, e.g. en, sw, pt-MZ.' });

export const ChoiceEntrySchema = z.strictObject({
  code,
  label: z.string().min(1),
  labels: z.record(z.string(), z.string()).optional().meta({ description: 'Translations of the label by language tag.' }),
});

export const ActivityPinSchema = z.strictObject({
  version: semver.meta({ description: 'The activity (instrument) version this assessment is pinned to.' }),
});

export const AgeRangeSchema = z.strictObject({
  min: z.int().min(5).max(25),
  max: z.int().min(5).max(25),
});

export const InternetUserSchema = z.strictObject({
  recallMonths: z.int().min(1).max(24).meta({ description: 'Used the internet within this many months.' }),
  definition: z.string().min(1).meta({ description: 'The definition in words, as printed in reports.' }),
});

export const SurveyDesignSchema = z.strictObject({
  ageRange: AgeRangeSchema,
  internetUser: InternetUserSchema,
  strata: z.array(z.strictObject({ code, label: z.string(), region: code.optional(), urbanRural: z.enum(['urban', 'rural']).optional() })).min(1),
  stratumVariable: z.string().default('stratum'),
  psuVariable: z.string().default('psu'),
  weightVariable: z.string().default('weight'),
  lonelyPsu: z.enum(['fail', 'remove', 'adjust', 'average', 'certainty']).default('fail').meta({
    description: "What to do with a stratum holding one PSU, as R survey's survey.lonely.psu option.",
  }),
  targetSampleSize: z.int().positive().optional(),
});

export const ThresholdsSchema = z.strictObject({
  suppressBelow: z.int().min(0).default(25).meta({ description: 'Estimates on fewer unweighted cases are suppressed.' }),
  flagBelow: z.int().min(0).default(50).meta({ description: 'Estimates on fewer unweighted cases are flagged as less reliable.' }),
  qualitativeSuppressBelow: z.int().min(0).default(5).meta({ description: 'Qualitative counts below this are suppressed.' }),
  kAnonymity: z.int().min(2).default(5),
});

export const PopulationSchema = z.strictObject({
  year: z.int().min(1990).max(2100),
  childrenInAgeRange: z.number().positive().optional(),
  internetUsingChildren: z.number().positive().meta({ description: 'Internet-using children of the age range: the base of national counts.' }),
  children: z.number().positive().optional().meta({ description: 'All children under 18: the base of rates per 100,000 children.' }),
  source: z.string().min(1),
});

export const AssessmentConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    country: CountryCodeSchema,
    name: z.string().min(1).max(100),
    synthetic: z.boolean().default(false).meta({ description: 'True for fictional countries with synthetic data (examples, training).' }),
    languages: z.array(LanguageTagSchema).min(1).meta({ description: 'Assessment languages; the first is the default.' }),
    activities: z.partialRecord(z.enum(ACTIVITY_IDS), ActivityPinSchema).meta({ description: 'The activities that run, each pinned to a version.' }),
    survey: SurveyDesignSchema.optional(),
    extensionLists: z.record(z.string(), z.array(ChoiceEntrySchema).min(1)).default({}).meta({
      description: 'Answer lists each country fills (region, platform, language): list name → codes.',
    }),
    fieldwork: z.strictObject({ start: isoDate, end: isoDate }),
    population: PopulationSchema.optional(),
    thresholds: ThresholdsSchema.prefault({}),
    ethicalClearance: z.partialRecord(z.enum(ACTIVITY_IDS), z.strictObject({ body: z.string().min(1), reference: z.string().min(1), date: isoDate })).default({}),
  })
  .meta({ title: 'dh assessment config', description: 'One country assessment of the Disrupting Harm methodology.' });

export type AssessmentConfig = z.output<typeof AssessmentConfigSchema>;
export type AssessmentConfigInput = z.input<typeof AssessmentConfigSchema>;
