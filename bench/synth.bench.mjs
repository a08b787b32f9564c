// Benchmark of synthetic data generation (docs/architecture.md § scale): how fast `dh synth`
// makes a household survey. Run on demand after `npm run build`:
//   node bench/synth.bench.mjs [--n 10000] [--seed 1] [--inject-errors]
// It uses the built packages and writes the CSV files to a temporary folder, as the CLI does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'inject-errors': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
const inject = values['inject-errors'];

let synth;
let survey;
try {
  synth = await import('../packages/synth/dist/index.js');
  survey = await import('../packages/activities/household-survey/dist/index.js');
} catch (error) {
  console.error(`The packages are not built (${error.message}). Run \`npm run build\` first.`);
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), 'dh-synth-bench-'));
try {
  const started = performance.now();
  const built = survey.activity.build();
  const dataset = synth.synthesize(built, { n, seed, injectErrors: inject });
  const generated = performance.now();
  const written = synth.writeSyntheticDataset(out, dataset);
  const finished = performance.now();
  const seconds = (finished - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`command:      dh synth household-survey --n ${n} --seed ${seed} --out <dir>${inject ? ' --inject-errors' : ''}`);
  console.log(`households:   ${n}`);
  console.log(
    `rows written: ${written
      .filter((w) => w.path.endsWith('.csv'))
      .map((w) => `${w.path.split('/').pop()} ${w.rows}`)
      .join(', ')}`,
  );
  console.log(
    `time:         ${seconds.toFixed(2)} s (generate ${((generated - started) / 1000).toFixed(2)} s, write ${((finished - generated) / 1000).toFixed(2)} s)`,
  );
  console.log(`households/s: ${Math.round(n / seconds)}`);
  console.log(`peak RSS:     ${peakMb.toFixed(0)} MB`);
  console.log(`node:         ${process.version}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
