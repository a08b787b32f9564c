/**
 * How long the offline validator page takes to show its report, in Debian's Chromium, on the
 * bundled example's household survey: the page is opened, the partner takes two seconds to pick
 * the files, then the time from choosing them to the report shown; a second check (all files
 * but one) follows two seconds later.
 *
 *   node bench/validator-page.bench.mjs [--repeat 3] [--page <validator.html to time instead>]
 *
 * Needs `npm run build` and Chromium (apt-get install chromium). Prints each run and the medians.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const repeat = Number(option('--repeat', '3'));
const scratch = mkdtempSync(join(tmpdir(), 'dh-page-bench-'));
let page = option('--page', undefined);
if (page === undefined) {
  page = join(scratch, 'validator.html');
  const made = spawnSync(
    process.execPath,
    [join(root, 'packages/cli/bin/dh.js'), 'validator-page', join(root, 'examples/xa'), '--out', page],
    {
      encoding: 'utf8',
    },
  );
  if (made.status !== 0) throw new Error(made.stderr);
}
const data = join(root, 'examples/xa/data/household-survey');
const files = readdirSync(data)
  .filter((name) => name.endsWith('.csv'))
  .map((name) => join(data, name));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const timeCheck = async (tab, chosen) => {
  const started = performance.now();
  await tab.setInputFiles('#files', chosen);
  await tab.waitForSelector('body[data-state="done"]', { timeout: 120_000 });
  return performance.now() - started;
};
const firsts = [];
const seconds = [];
try {
  for (let run = 1; run <= repeat; run++) {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    await tab.waitForTimeout(2000);
    firsts.push(await timeCheck(tab, files));
    await tab.waitForTimeout(2000);
    // Other files than the first time (the same ones again would not change the page's input).
    seconds.push(await timeCheck(tab, files.slice(0, -1)));
    console.log(`run ${run}: first check ${firsts.at(-1).toFixed(0)} ms, second ${seconds.at(-1).toFixed(0)} ms`);
    await tab.close();
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`command: node bench/validator-page.bench.mjs --repeat ${repeat}${option('--page', '') ? ` --page ${option('--page')}` : ''}`);
console.log(
  `validator page, example household survey (${files.length} files): report shown in ${median(firsts).toFixed(0)} ms (median of ${repeat}), ${median(seconds).toFixed(0)} ms on a second check (${files.length - 1} files)`,
);
