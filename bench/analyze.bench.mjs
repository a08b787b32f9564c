// Benchmark of `dh analyze` (docs/architecture.md § scale): every household-survey indicator with
// every disaggregation its contract names, for 13 synthetic countries of about 1,000
// interviewed children each, written as JSON, CSV and HTML. Target: under 2 s in all.
// Run on demand after `npm run build`:
//   node bench/analyze.bench.mjs [--countries 13] [--children 1000] [--seed 1] [--runs 3]
// The data are made first (not timed) in a temporary folder; the analysis is then timed
// in a fresh process per run, so its peak memory is its own. On a shared machine the
// fastest run is the least disturbed one: it is reported with the median.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    countries: { type: 'string', default: '13' },
    children: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    measure: { type: 'string' },
  },
});

async function load(path) {
  try {
    return await import(path);
  } catch (error) {
    console.error(`The packages are not built (${error.message}). Run \`npm run build\` first.`);
    process.exit(2);
  }
}

const analysis = await load('../packages/analysis/dist/index.js');
const survey = await load('../packages/activities/household-survey/dist/index.js');

if (values.measure) {
  // The timed run: analyse every country as `dh analyze <dir> --format json,csv,html` does.
  const dirs = JSON.parse(readFileSync(values.measure, 'utf8'));
  const started = performance.now();
  let estimates = 0;
  for (const dir of dirs) {
    const outcome = await analysis.analyzeAssessment(dir, { activities: [survey.activity] });
    if (outcome.status !== 'success') throw new Error(outcome.message);
    analysis.writeResults(join(dir, 'results'), outcome.results, ['json', 'csv', 'html']);
    estimates += outcome.results.estimates.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({ seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, estimates, peakMb: usage.maxRSS / 1024 }),
  );
  process.exit(0);
}

const synth = await load('../packages/synth/dist/index.js');
const countries = Number(values.countries);
const children = Number(values.children);
const seed = Number(values.seed);
// About one household in 2.8 has an interviewed child in the synthetic plan: draw enough households.
const households = Math.round(children * 2.8);
const root = mkdtempSync(join(tmpdir(), 'dh-analyze-bench-'));
try {
  const dirs = [];
  let interviewed = 0;
  for (let c = 0; c < countries; c++) {
    const dir = join(root, `x${String.fromCharCode(97 + c)}`);
    const input = {
      country: `X${String.fromCharCode(65 + c)}`,
      name: `Country X${String.fromCharCode(65 + c)}`,
      synthetic: true,
      languages: ['en'],
      activities: {
        'household-survey': {
          version: survey.activity.version,
          settings: {
            ageRange: { min: 12, max: 17 },
            internetUser: { recallMonths: 3, definition: 'used the internet in the past 3 months' },
            strata: survey.DEFAULT_STRATA.map((s) => ({ ...s })),
            lonelyPsu: 'adjust',
          },
        },
      },
      fieldwork: { start: '2021-01-11', end: '2021-04-30' },
      population: { year: 2021, internetUsingChildren: 2_000_000 + 100_000 * c, childrenInAgeRange: 3_000_000, source: 'synthetic' },
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(input));
    const { parseAssessmentConfig } = await load('../packages/core/dist/index.js');
    const parsed = parseAssessmentConfig(input, [survey.activity]);
    if (parsed.status !== 'success') throw new Error(JSON.stringify(parsed.errors));
    const dataset = synth.synthesize(survey.activity.build(parsed.config), { n: households, seed: seed + c });
    synth.writeSyntheticDataset(join(dir, 'data', 'household-survey'), dataset);
    interviewed += dataset.tables.find((t) => t.file === 'child.csv')?.rows.length ?? 0;
    dirs.push(dir);
  }
  const list = join(root, 'dirs.json');
  writeFileSync(list, JSON.stringify(dirs));
  const runs = [];
  for (let r = 0; r < Number(values.runs); r++) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', list], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    runs.push(JSON.parse(run.stdout.trim().split('\n').pop()));
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  const measured = runs[0];
  const median = runs[Math.floor(runs.length / 2)];
  console.log(`command:    dh analyze <country> --format json,csv,html   (× ${countries} countries, in one process)`);
  console.log(
    `data:       ${countries} countries, ${households} households each, ${interviewed} interviewed children in all (${Math.round(interviewed / countries)} per country)`,
  );
  console.log(`indicators: ${survey.activity.build().indicators.length} per country, ${measured.estimates} estimates in all`);
  console.log(
    `time:       ${measured.seconds.toFixed(2)} s fastest of ${runs.length} runs, median ${median.seconds.toFixed(2)} s (target < 2 s)`,
  );
  console.log(`CPU time:   ${measured.cpuSeconds.toFixed(2)} s (process, including start-up and garbage collection threads)`);
  console.log(`peak RSS:   ${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB`);
  console.log(`node:       ${process.version}`);
} finally {
  if (process.env.DH_BENCH_KEEP) console.log(`kept:       ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
