import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAssessmentConfig, type ActivityDefinition } from '@dh/core';
import { loadActivities } from '../activities.js';
import { runSynth } from '../commands/synth.js';
import { newCountry } from '../commands/new-country.js';

/** A fictional country (ISO user-assigned code) with synthetic data, for examples, the demo and training. */
export interface ExampleAssessment {
  readonly iso: string;
  readonly name: string;
  readonly languages: string;
  readonly ageMin: number;
  readonly ageMax: number;
  readonly strata: string;
  readonly fieldworkStart: string;
  readonly fieldworkEnd: string;
  readonly internetUsingChildren: number;
  /** Sample units (households) of synthetic data per activity. */
  readonly n: number;
  /**
   * What the research lead adds to `assessment.json` after scaffolding: children per year (for
   * rates of the statistics activities) and, once given, ethics approvals. XA records one for
   * its survivor conversations; XB does not, so its survivor data are neither made nor read.
   */
  readonly afterScaffold: {
    readonly childrenByYear: readonly { year: number; children: number }[];
    readonly ethicalClearance?: { readonly body: string; readonly reference: string; readonly date: string };
  };
  readonly seed: number;
}

const FOUR_STRATA = 'north_urban:North, urban;north_rural:North, rural;south_urban:South, urban;south_rural:South, rural';
/** Records of an activity with no design (interviews, frontline workers): the size of a purposive sample. */
const PURPOSIVE_SAMPLE = 40;

/** The regions of the strata: the country's region list, asked by every questionnaire with a region question. */
const TWO_REGIONS = 'north:North;south:South';

/**
 * The two bundled examples (`examples/xa`, `examples/xb`): the same instruments, but XB
 * surveyed children aged 9–17, so a cross-country table must refuse to compare them.
 */
export const EXAMPLE_ASSESSMENTS: readonly ExampleAssessment[] = [
  {
    iso: 'XA',
    name: 'Aurelia',
    languages: 'en,fr',
    ageMin: 12,
    ageMax: 17,
    strata: FOUR_STRATA,
    fieldworkStart: '2021-02-01',
    fieldworkEnd: '2021-04-30',
    internetUsingChildren: 1_850_000,
    n: 1000,
    seed: 11,
    afterScaffold: {
      childrenByYear: [
        { year: 2019, children: 4_100_000 },
        { year: 2020, children: 4_150_000 },
        { year: 2021, children: 4_200_000 },
      ],
      ethicalClearance: { body: 'Aurelia Research Ethics Committee (fictional)', reference: 'AREC-2020-031', date: '2020-12-15' },
    },
  },
  {
    iso: 'XB',
    name: 'Borealia',
    languages: 'en,pt',
    ageMin: 9,
    ageMax: 17,
    strata: FOUR_STRATA,
    fieldworkStart: '2021-06-01',
    fieldworkEnd: '2021-08-31',
    internetUsingChildren: 2_400_000,
    n: 800,
    seed: 12,
    afterScaffold: {
      childrenByYear: [
        { year: 2019, children: 5_300_000 },
        { year: 2020, children: 5_350_000 },
        { year: 2021, children: 5_400_000 },
      ],
    },
  },
];

/** The assessment `dh demo` scaffolds afresh. */
export const DEMO_ASSESSMENT: ExampleAssessment = {
  iso: 'XD',
  name: 'Demoland',
  languages: 'en,sw',
  ageMin: 12,
  ageMax: 17,
  strata: FOUR_STRATA,
  fieldworkStart: '2022-01-10',
  fieldworkEnd: '2022-03-31',
  internetUsingChildren: 1_200_000,
  n: 1000,
  seed: 1,
  afterScaffold: {
    childrenByYear: [
      { year: 2019, children: 2_900_000 },
      { year: 2020, children: 2_950_000 },
      { year: 2021, children: 3_000_000 },
    ],
    ethicalClearance: { body: 'Demoland Research Ethics Committee (fictional)', reference: 'DREC-2021-007', date: '2021-11-30' },
  },
};

/**
 * Scaffolds an example assessment under `root/directory` and fills `data/<activity>/` with
 * seeded synthetic data for every activity that can be synthesised: the same bytes each time.
 */
export async function buildExampleAssessment(
  root: string,
  directory: string,
  example: ExampleAssessment,
): Promise<{ directory: string; dataFiles: string[] }> {
  const created = await newCountry({
    iso: example.iso,
    name: example.name,
    languages: example.languages,
    root,
    dir: directory,
    ageMin: String(example.ageMin),
    ageMax: String(example.ageMax),
    strata: example.strata,
    regions: TWO_REGIONS,
    fieldworkStart: example.fieldworkStart,
    fieldworkEnd: example.fieldworkEnd,
    internetUsingChildren: String(example.internetUsingChildren),
    populationSource: 'Fictional figure for a synthetic example',
    synthetic: true,
  });
  const assessmentDir = join(root, created.directory);
  completeConfig(join(assessmentDir, 'assessment.json'), example, await loadActivities());
  const dataFiles: string[] = [];
  const activities = await loadActivities();
  const read = readAssessmentConfig(assessmentDir, activities);
  if (read.status !== 'success') throw new Error(`${created.directory}/assessment.json of the example is not valid`);
  for (const activity of activities) {
    // An activity refused for this assessment (no ethics approval recorded) gets no data, as dh synth says.
    const synthesis = activity.build().synthesis;
    if (synthesis === undefined || activity.refusal?.(read.config) !== undefined) continue;
    const result = await runSynth(
      {
        activity: activity.id,
        n: String(synthesis.sample.kind === 'simple' ? PURPOSIVE_SAMPLE : example.n),
        seed: String(example.seed),
        out: join(assessmentDir, 'data', activity.id),
        config: assessmentDir,
      },
      loadActivities,
      root,
    );
    dataFiles.push(...result.files.map((f) => join('data', activity.id, f.file)));
  }
  return { directory: created.directory, dataFiles };
}

/** A fictional split of a year's children into the statistics' age bands (ten years, four, four), adding up to the whole. */
function fictionalAgeBands(children: number): { from: number; to: number; children: number }[] {
  const young = Math.round(children * 0.56);
  const middle = Math.round(children * 0.22);
  return [
    { from: 0, to: 9, children: young },
    { from: 10, to: 13, children: middle },
    { from: 14, to: 17, children: children - young - middle },
  ];
}

/** Adds what a research lead writes into `assessment.json` after scaffolding (see `afterScaffold`). */
function completeConfig(file: string, example: ExampleAssessment, activities: readonly ActivityDefinition[]): void {
  type Config = { population?: Record<string, unknown>; activities: Record<string, { settings: Record<string, unknown> }> };
  const config = JSON.parse(readFileSync(file, 'utf8')) as Config;
  const { childrenByYear, ethicalClearance } = example.afterScaffold;
  if (config.population)
    config.population['childrenByYear'] = childrenByYear.map((c) => ({
      ...c,
      source: 'Fictional figure for a synthetic example',
      byAge: fictionalAgeBands(c.children),
    }));
  if (ethicalClearance)
    for (const activity of activities.filter(declaresClearance)) {
      const entry = config.activities[activity.id];
      if (entry) entry.settings['ethicalClearance'] = { ...ethicalClearance };
    }
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}

/** An activity whose settings hold an ethics approval (it runs only once one is recorded). */
export const declaresClearance = (activity: ActivityDefinition): boolean => {
  const shape = (activity.settings as { shape?: Record<string, unknown> }).shape;
  return shape !== undefined && 'ethicalClearance' in shape;
};

/**
 * Makes a scratch folder stand for dh's own repository, where the examples live, so their
 * scaffold runs the repository's build (`packages/cli/dist/bin.js`) as the committed ones do.
 */
export function standInForRepository(root: string): void {
  for (const p of ['cli', 'nx-plugin']) {
    mkdirSync(join(root, 'packages', p), { recursive: true });
    writeFileSync(join(root, 'packages', p, 'package.json'), '{}');
  }
}
