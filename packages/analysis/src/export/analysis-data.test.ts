import { describe, expect, it } from 'vitest';
import { fixtureActivity } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment } from '../../test/support/fixture-assessment.js';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import { compileDesign, estimateProportion } from '../estimation/index.js';
import { analysisDataFiles } from '../results/write-results.js';

const tempDir = useTempDirs();

async function exported(name?: string) {
  const dir = tempDir();
  writeFixtureAssessment(dir, { lonelyPsu: 'adjust', ...(name !== undefined && { name }) });
  const outcome = await analyzeAssessment(dir, { activities: [fixtureActivity()], keepAnalysisData: true });
  if (outcome.status !== 'success') throw new Error(outcome.message);
  const files = new Map(analysisDataFiles(outcome.results, outcome.analysisData).map((f) => [f.path, f.content]));
  return { results: outcome.results, files };
}

function parseCsv(text: string): Record<string, string>[] {
  const [header = [], ...rows] = text
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

describe('--export-analysis-data', () => {
  it('writes a tidy CSV from which the published domain estimates follow on the full design', async () => {
    const { results, files } = await exported();
    const rows = parseCsv(files.get('analysis-data/fixture-survey/offered.csv') ?? '');
    expect(Object.keys(rows[0] ?? {})).toEqual(['stratum', 'psu', 'weight', 'sex', 'age_band', 'in_universe', 'numerator']);
    const design = compileDesign({
      strata: rows.map((r) => r['stratum'] ?? ''),
      psu: rows.map((r) => r['psu'] ?? ''),
      weights: rows.map((r) => Number(r['weight'])),
      lonelyPsu: 'adjust',
    });
    const y = Float64Array.from(rows, (r) => Number(r['numerator'] || 0));
    const girls = Uint8Array.from(rows, (r) => (r['in_universe'] === '1' && r['sex'] === 'girl' ? 1 : 0));
    const published = results.estimates.find((e) => e.indicator === 'offered' && e.level === 'girl');
    expect(estimateProportion(design, y, { domain: girls }).estimate).toBeCloseTo(published?.estimate ?? Number.NaN, 12);
  });

  it('writes an R script with the survey design, the domains and only the published numbers to check against', async () => {
    const { results, files } = await exported();
    const script = files.get('analysis-data/fixture-survey/told_no_one.R') ?? '';
    expect(script).toContain('svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = d, nest = TRUE)');
    expect(script).toContain('options(survey.lonely.psu = "adjust")');
    expect(script).toContain('svyby(~I(numerator == 1), ~sex, u, svyciprop, method = "logit"');
    expect(script).toContain('"sex=girl" = subset(u, sex == "girl")');
    const suppressed = results.estimates.filter((e) => e.indicator === 'told_no_one' && e.flags.includes('suppressed'));
    expect(suppressed.length).toBeGreaterThan(0);
    expect(script).toMatch(/dh <- data\.frame\(\n {2}domain = c\(\),/);
    const unweighted = files.get('analysis-data/fixture-survey/offered_unweighted.R') ?? '';
    expect(unweighted).toContain('prop.test(k, n, correct = FALSE');
    expect(files.get('analysis-data/fixture-survey/offered_unweighted.csv')?.split('\r\n')[0]).toBe('sex,in_universe,numerator');
  });

  it('keeps an assessment name that carries R code inside the comment it is quoted in', async () => {
    // The config refuses line breaks in a name; quotes, backslashes and backticks are allowed.
    const name = 'Xland"); system("touch PWNED"); `x` \\" #';
    const { files } = await exported(name);
    const benign = (await exported()).files;
    for (const [path, content] of files) {
      if (!path.endsWith('.R')) continue;
      const lines = content.split('\n');
      expect(lines.length, path).toBe(benign.get(path)?.split('\n').length);
      for (const line of lines.filter((l) => l.includes('PWNED'))) expect(line, path).toMatch(/^# Reproduces indicator/);
      expect(content, path).not.toMatch(/[\r\u2028\u2029]/);
    }
  });
});
