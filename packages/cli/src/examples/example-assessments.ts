import { join } from 'node:path';
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
  readonly seed: number;
}

const FOUR_STRATA = 'north_urban:North, urban;north_rural:North, rural;south_urban:South, urban;south_rural:South, rural';
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
  const dataFiles: string[] = [];
  for (const activity of await loadActivities()) {
    if (activity.build().synthesis === undefined) continue;
    const result = await runSynth(
      {
        activity: activity.id,
        n: String(example.n),
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
