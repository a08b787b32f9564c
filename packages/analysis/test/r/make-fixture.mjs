// Generates the synthetic, seeded survey fixtures used by the estimation tests.
// Deterministic (own PRNG, no Math.random) so the committed CSVs can be rebuilt
// byte for byte:  node packages/analysis/test/r/make-fixture.mjs
// Only synthetic data: nothing here describes a real respondent.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** mulberry32: tiny, well-known 32-bit PRNG; good enough for synthetic data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand) {
  // Box–Muller; 1 - u keeps log() away from 0.
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const AGE_BANDS = ['12-13', '14-15', '16-17'];

/**
 * One row per interviewed child. PSU ids restart at 1 in every stratum, so the
 * fixture only works when PSUs are nested in strata (svydesign nest = TRUE).
 */
function generate({ seed, psusPerStratum, rowsMin, rowsMax }) {
  const rand = prng(seed);
  const rows = [];
  psusPerStratum.forEach((nPsu, h) => {
    const stratum = `S${h + 1}`;
    const stratumWeight = 600 + 2400 * rand();
    for (let psu = 1; psu <= nPsu; psu++) {
      const psuEffect = 0.8 * normal(rand);
      const psuWeight = stratumWeight * (0.7 + 0.6 * rand());
      const nRows = rowsMin + Math.floor(rand() * (rowsMax - rowsMin + 1));
      for (let r = 0; r < nRows; r++) rows.push(makeRow(rand, stratum, psu, psuEffect, psuWeight));
    }
  });
  return rows;
}

function makeRow(rand, stratum, psu, psuEffect, psuWeight) {
  const sex = rand() < 0.5 ? 'F' : 'M';
  const age = Math.floor(rand() * 3);
  const eta = -1.6 + (sex === 'F' ? 0.4 : 0) + 0.3 * age + psuEffect;
  const y = rand() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
  const x = Math.exp(1 + 0.3 * psuEffect + 0.5 * normal(rand));
  const inUniverse = rand() < 0.85 ? 1 : 0;
  const yNa = rand() < 0.06 ? 'NA' : String(y);
  const weight = psuWeight * (0.9 + 0.2 * rand());
  return [stratum, psu, weight.toFixed(3), sex, AGE_BANDS[age], y, x.toFixed(2), inUniverse, yNa];
}

function write(name, rows) {
  const header = 'stratum,psu,weight,sex,age_band,y,x,in_universe,y_na';
  const body = rows.map((r) => r.join(',')).join('\n');
  writeFileSync(join(outDir, name), `${header}\n${body}\n`);
  console.log(`${name}: ${rows.length} rows`);
}

write('design-sample.csv', generate({ seed: 20240611, psusPerStratum: [3, 4, 5, 4, 6, 3, 5, 4], rowsMin: 14, rowsMax: 21 }));
// Stratum S3 has a single PSU: the lonely-PSU fixture.
write('design-lonely.csv', generate({ seed: 780, psusPerStratum: [3, 4, 1, 3, 2], rowsMin: 10, rowsMax: 14 }));
