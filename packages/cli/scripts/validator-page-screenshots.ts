// The screenshots docs/data-partners.md shows: the offline validator page of the example
// assessment, taken with headless Chromium (Debian's), before and after checking synthetic data
// with injected errors. Run with: npm run screenshots (from the repository root).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../test/chromium.js';
import { runCli } from '../test/run-cli.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const images = join(repo, 'docs/images');
const scratch = mkdtempSync(join(tmpdir(), 'dh-screenshots-'));

function dh(args: string[]): void {
  const run = runCli(args);
  if (run.status !== 0) throw new Error(`dh ${args.join(' ')}: ${run.stderr}`);
}

try {
  const page = join(scratch, 'validator.html');
  const data = join(scratch, 'household-survey');
  dh(['validator-page', join(repo, 'examples/xa'), '--out', page]);
  dh(['synth', 'household-survey', '--n', '400', '--seed', '11', '--config', join(repo, 'examples/xa'), '--inject-errors', '--out', data]);
  mkdirSync(images, { recursive: true });
  const browser = await launchChromium();
  const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await tab.goto(pathToFileURL(page).href);
  await tab.screenshot({ path: join(images, 'validator-page-start.png') });
  await tab.setInputFiles(
    '#files',
    readdirSync(data)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => join(data, name)),
  );
  await tab.waitForSelector('body[data-state="done"]', { timeout: 120_000 });
  await tab.frameLocator('#report').locator('h1').waitFor();
  await tab.locator('#result').scrollIntoViewIfNeeded();
  // The report is a sandboxed frame, painted by its own process a moment after its text exists.
  await tab.waitForTimeout(1000);
  await tab.screenshot({ path: join(images, 'validator-page-report.png') });
  await browser.close();
  console.log(`wrote ${join('docs/images', 'validator-page-start.png')} and ${join('docs/images', 'validator-page-report.png')}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
