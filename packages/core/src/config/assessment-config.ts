import { z } from 'zod';
import { ACTIVITY_ID_PATTERN } from '../activity/activity-id.js';
import { checkLanguageTag } from './language.js';
import { isCountryCode } from './iso3166.js';

/**
 * The assessment config (`assessment.json`): everything a country may vary
 * (docs/architecture.md, principle 5). Core owns what every activity shares (country,
 * languages, fieldwork, population, reporting thresholds, local answer lists); each activity
 * owns its section under `activities.<id>.settings`, composed into one schema by
 * `assessmentConfigSchema` so one published JSON Schema checks the whole file.
 */

export const semverText = z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a semantic version such as 1.0.0');
export const isoDateText = z.iso.date();
export const codeText = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$|^-?\d+$/, 'a code: letters, digits, _ . - (no spaces)');

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
  code: codeText,
  label: z.string().min(1),
  labels: z.record(z.string(), z.string()).optional().meta({ description: 'Translations of the label by language tag.' }),
});

/** The question types a country question may take (no notes, calculations or groups). */
export const COUNTRY_QUESTION_TYPES = ['select_one', 'select_multiple', 'integer', 'decimal', 'text', 'date'] as const;

/**
 * A question a country adds to a questionnaire, at an extension point the activity declares
 * (docs/methodology.md § country adaptations). Its name starts with the country code, so it can
 * never take a core question's name; its texts are translated like every other
 * (`<instrument>.<name>.label`, `choices.country_<name>.<code>` in translations/<lang>.json).
 */
export const CountryQuestionSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z]{2}_[a-z][a-z0-9_]{0,40}$/, 'the lower-case country code, _, then lower-case letters, digits and _ (e.g. ke_mpesa_use)')
    .meta({ description: 'Its variable name: the lower-case country code, then _ (e.g. ke_mpesa_use).' }),
  at: z.string().min(1).meta({ description: 'The extension point it is added at (the activity documents its points).' }),
  type: z.enum(COUNTRY_QUESTION_TYPES),
  label: z.string().min(1).max(500).meta({ description: 'The question in English (translations go in translations/<lang>.json).' }),
  hint: z.string().min(1).max(500).optional(),
  required: z.boolean().default(false).meta({ description: 'Must be answered whenever it is asked.' }),
  choices: z
    .array(z.strictObject({ code: codeText, label: z.string().min(1).max(200) }))
    .optional()
    .meta({ description: 'The answers of a select_one or select_multiple question.' }),
  minimum: z.number().optional().meta({ description: 'Smallest accepted answer of an integer or decimal question.' }),
  maximum: z.number().optional().meta({ description: 'Largest accepted answer of an integer or decimal question.' }),
});

/** One activity the assessment runs: the version it is pinned to and the activity's own settings. */
export const ActivityEntrySchema = z.strictObject({
  version: semverText.meta({ description: 'The activity (instrument) version this assessment is pinned to.' }),
  settings: z.record(z.string(), z.unknown()).default({}).meta({ description: "The activity's own settings (see its documentation)." }),
  countryQuestions: z
    .array(CountryQuestionSchema)
    .max(200)
    .optional()
    .meta({ description: "The country's own questions, each at an extension point of the activity's questionnaires." }),
});

/** Recorded approval of a research ethics body: some activities may only run with it (docs/methodology.md). */
export const EthicalClearanceSchema = z.strictObject({
  body: z.string().min(1).meta({ description: 'The ethics board or committee that approved the activity.' }),
  reference: z.string().min(1).meta({ description: "The approval's reference number." }),
  date: isoDateText.meta({ description: 'Date of the approval.' }),
});

/**
 * Reporting rules (docs/methodology.md § reporting): below these floors cells could identify
 * someone, so lower values need a recorded reason (`override`), which every result repeats.
 */
export const THRESHOLD_FLOORS = { suppressBelow: 10, qualitativeSuppressBelow: 5 } as const;

export const ThresholdsSchema = z.strictObject({
  suppressBelow: z
    .int()
    .min(1, 'must be at least 1: 0 would switch suppression off, and no override allows that')
    .default(25)
    .meta({
      description: `Estimates on fewer unweighted cases are suppressed (at least ${THRESHOLD_FLOORS.suppressBelow} unless override is given).`,
    }),
  flagBelow: z.int().min(1).default(50).meta({ description: 'Estimates on fewer unweighted cases are flagged as less reliable.' }),
  qualitativeSuppressBelow: z
    .int()
    .min(1, 'must be at least 1: 0 would switch suppression off, and no override allows that')
    .default(5)
    .meta({
      description: `Counts of interviews, respondents or cases below this are suppressed (at least ${THRESHOLD_FLOORS.qualitativeSuppressBelow} unless override is given).`,
    }),
  override: z.string().min(10).optional().meta({ description: 'Why thresholds below the floors are used; printed with every result.' }),
});

export const FieldworkSchema = z.strictObject({ start: isoDateText, end: isoDateText });

/** Children of one age band in one year: ages `from`–`to` in whole years, both included. */
export const AgeBandPopulationSchema = z
  .strictObject({ from: z.int().min(0).max(17), to: z.int().min(0).max(17), children: z.number().nonnegative() })
  .refine((band) => band.from <= band.to, { message: 'from is the youngest age of the band: it cannot be above to' });

export const PopulationSchema = z.strictObject({
  year: z.int().min(1990).max(2100).meta({ description: 'Reference year of the figures below.' }),
  source: z.string().min(1),
  internetUsingChildren: z
    .number()
    .positive()
    .optional()
    .meta({ description: 'Internet-using children of the survey age range: the base of national counts.' }),
  childrenInAgeRange: z.number().positive().optional().meta({ description: 'All children of the survey age range.' }),
  children: z.number().positive().optional().meta({ description: 'All children under 18: the base of rates per 100,000 children.' }),
  childrenByYear: z
    .array(
      z.strictObject({
        year: z.int().min(1990).max(2100),
        children: z.number().positive(),
        source: z.string().min(1).optional(),
        byAge: z
          .array(AgeBandPopulationSchema)
          .optional()
          .check((ctx) => {
            const bands = [...(ctx.value ?? [])].sort((a, b) => a.from - b.from);
            bands.forEach((band, i) => {
              const next = bands[i + 1];
              if (next && next.from <= band.to)
                ctx.issues.push({
                  code: 'custom',
                  input: ctx.value,
                  message: `age bands ${band.from}–${band.to} and ${next.from}–${next.to} overlap: each child is counted in one band`,
                });
            });
          })
          .meta({
            description:
              'Children of this year by age band (ages in whole years, 0–17), for rates per 100,000 children of the same age; bands do not overlap.',
          }),
      }),
    )
    .optional()
    .meta({ description: 'Children under 18 per year, for rates per 100,000 children of statistics that span several years.' }),
});

/** Text a person types for a pattern: digits, letters, character classes and counts only, so no pattern can make matching slow. */
const SIMPLE_PATTERN = /^(?:\\d|\[[A-Za-z0-9-]+\]|[A-Za-z0-9 .\/-]|\{\d{1,2}(?:,\d{1,2})?\})+$/;

/** What personal identifiers look like in this country, added to dh's own detection (docs/methodology.md § reporting and data protection). */
export const PersonalDataSchema = z.strictObject({
  idPatterns: z
    .array(
      z
        .string()
        .max(80)
        .regex(SIMPLE_PATTERN, 'a simple pattern: \\d, letters, [A-Z]-style classes and {n} or {n,m} counts, e.g. "\\d{8}[A-Z]"'),
    )
    .max(20)
    .default([])
    .meta({ description: 'National ID and passport formats, as simple patterns (\\d, [A-Z], {8}), e.g. "\\d{8}[A-Z]".' }),
  titles: z
    .array(z.string().min(1).max(20))
    .max(50)
    .default([])
    .meta({ description: 'Titles people use before names here (e.g. "Nn."), added to the built-in list.' }),
});

export const AssessmentConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    country: CountryCodeSchema,
    name: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[^\u0000-\u001f\u007f]*$/, 'a plain name: no line breaks or control characters'),
    synthetic: z.boolean().default(false).meta({ description: 'True for fictional countries with synthetic data (examples, training).' }),
    languages: z.array(LanguageTagSchema).min(1).meta({ description: 'Assessment languages; the first is the default.' }),
    activities: z
      .record(z.string().regex(ACTIVITY_ID_PATTERN, 'an activity id: lower-case words joined by -'), ActivityEntrySchema)
      .meta({ description: 'The activities that run, each pinned to a version, with its own settings.' }),
    extensionLists: z.record(z.string(), z.array(ChoiceEntrySchema).min(1)).default({}).meta({
      description: 'Answer lists each country fills (region, platform, language): list name → codes.',
    }),
    fieldwork: FieldworkSchema.optional().meta({
      description: 'First and last day of data collection; reports say "not recorded" without it.',
    }),
    population: PopulationSchema.optional(),
    thresholds: ThresholdsSchema.prefault({}),
    personalData: PersonalDataSchema.prefault({}).meta({
      description: 'Country formats of personal identifiers that validation looks for.',
    }),
  })
  .meta({ title: 'dh assessment config', description: 'One country assessment of the Disrupting Harm methodology.' });

export type AssessmentConfig = z.output<typeof AssessmentConfigSchema>;
export type AssessmentConfigInput = z.input<typeof AssessmentConfigSchema>;
export type ActivityEntry = z.output<typeof ActivityEntrySchema>;
export type EthicalClearance = z.output<typeof EthicalClearanceSchema>;
export type CountryQuestion = z.output<typeof CountryQuestionSchema>;
