import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RowThreads } from '@dh/validate';
import { checkRowShare } from '@dh/validate/threads';
import { compileDesign, estimateProportion, estimateUnweightedProportion } from '../estimation/index.js';
import { fixtureActivity, FIXTURE_INDICATORS } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment } from '../../test/support/fixture-assessment.js';
import type { FixtureData } from '../../test/support/fixture-data.js';
import type { AnalysisResults } from '../results/results-schema.js';
import { analyzeAssessment } from './analyze-assessment.js';

const tempDir = useTempDirs();

async function analyze(
  options: Parameters<typeof writeFixtureAssessment>[1] = {},
  activity = fixtureActivity(),
): Promise<{ results: AnalysisResults; data: FixtureData }> {
  const dir = tempDir();
  const data = writeFixtureAssessment(dir, options);
  const outcome = await analyzeAssessment(dir, { activities: [activity] });
  if (outcome.status !== 'success') throw new Error(outcome.message);
  return { results: outcome.results, data };
}

const row = (results: AnalysisResults, indicator: string, disaggregation: string | null = null, level: string | null = null) => {
  const found = results.estimates.find((e) => e.indicator === indicator && e.disaggregation === disaggregation && e.level === level);
  if (!found) throw new Error(`no estimate ${indicator} ${disaggregation}=${level}`);
  return found;
};

/** The child design and "offered" indicator built straight from the records, without the analysis code. */
function offeredByHand(data: FixtureData) {
  const design = compileDesign({
    strata: data.child.map((c) => c['stratum'] ?? ''),
    psu: data.child.map((c) => c['psu'] ?? ''),
    weights: data.child.map((c) => Number(c['weight'])),
  });
  const y = Float64Array.from(data.child, (c) => (c['offered'] === 'yes' ? 1 : 0));
  const universe = data.child.map((c) => c['offered'] === 'yes' || c['offered'] === 'no');
  const domain = (test: (c: Record<string, string>) => boolean) => Uint8Array.from(data.child, (c, i) => (universe[i] && test(c) ? 1 : 0));
  return { design, y, domain };
}

describe('analyzeAssessment on the fixture survey', () => {
  it('reads the data with the row threads it is given, to the same results', async () => {
    const dir = tempDir();
    writeFixtureAssessment(dir);
    const alone = await analyzeAssessment(dir, { activities: [fixtureActivity()] });
    // The other thread's part run here: blocks of two rows dealt in turns, so both parts check rows of every file.
    const shared: string[] = [];
    const rowThreads: RowThreads = {
      sharingFor: () => {
        const claims = new Uint8Array(new SharedArrayBuffer(1 << 16));
        for (let b = 0; b < claims.length; b++) claims[b] = (b % 2) + 1;
        return { threads: 2, block: 2, claims, read: new Int32Array(new SharedArrayBuffer(4)) };
      },
      check: (job) => {
        shared.push(job.file);
        return checkRowShare(job);
      },
    };
    const threaded = await analyzeAssessment(dir, { activities: [fixtureActivity()], rowThreads });
    expect(shared.length).toBeGreaterThan(0);
    expect(threaded).toEqual(alone);
  });

  it('gives overall and domain estimates equal to the estimation engine on the full design', async () => {
    const { results, data } = await analyze();
    const { design, y, domain } = offeredByHand(data);
    const cases: [string | null, string | null, (c: Record<string, string>) => boolean][] = [
      [null, null, () => true],
      ['sex', 'girl', (c) => c['sex'] === 'girl'],
      ['sex', 'boy', (c) => c['sex'] === 'boy'],
      ['age_band', '15_17', (c) => Number(c['age']) >= 15],
    ];
    for (const [disaggregation, level, test] of cases) {
      const expected = estimateProportion(design, y, { domain: domain(test) });
      const actual = row(results, 'offered', disaggregation, level);
      expect(actual.estimate).toBeCloseTo(expected.estimate, 12);
      expect(actual.se).toBeCloseTo(expected.se, 12);
      expect(actual.ciLow).toBeCloseTo(expected.ciLow, 12);
      expect(actual.ciHigh).toBeCloseTo(expected.ciHigh, 12);
      expect(actual.deff).toBeCloseTo(expected.deff, 12);
      expect([actual.n, actual.df, actual.ciMethod]).toEqual([expected.n, expected.df, 'logit']);
    }
  });

  it('takes the design of roster rows from their household through the link', async () => {
    const { results, data } = await analyze();
    const households = new Map(data.household.map((h) => [h['household_id'], h]));
    const parent = (r: Record<string, string>) => households.get(r['roster_household_id']) ?? {};
    const design = compileDesign({
      strata: data.roster.map((r) => parent(r)['stratum'] ?? ''),
      psu: data.roster.map((r) => parent(r)['psu'] ?? ''),
      weights: data.roster.map((r) => Number(parent(r)['weight'])),
    });
    const y = Float64Array.from(data.roster, (r) => (r['roster_internet'] === 'yes' ? 1 : 0));
    const domain = Uint8Array.from(data.roster, (r) => (r['roster_internet'] !== 'dont_know' && r['roster_sex'] === 'girl' ? 1 : 0));
    const expected = estimateProportion(design, y, { domain });
    expect(row(results, 'roster_internet', 'roster_sex', 'girl').estimate).toBeCloseTo(expected.estimate, 12);
    expect(row(results, 'roster_internet', 'roster_sex', 'girl').se).toBeCloseTo(expected.se, 12);
    expect(results.indicators.find((i) => i.id === 'roster_internet')?.design).toMatch(
      /^roster, from household through roster\.roster_household_id → household\.household_id/,
    );
  });

  it('refuses a linked record type whose design file is missing, naming it', async () => {
    const { results } = await analyze({ omit: ['household'] });
    const roster = results.indicators.find((i) => i.id === 'roster_internet');
    expect(roster?.status).toBe('not-computed');
    expect(roster?.reason).toMatch(/its design comes from household, but no file in data\/fixture-survey\/ holds household records/);
    expect(results.indicators.find((i) => i.id === 'offered')?.status).toBe('estimated');
  });

  it('refuses data with validation errors unless told to go on, naming files relative to the assessment', async () => {
    const dir = tempDir();
    writeFixtureAssessment(dir);
    writeFileSync(join(dir, 'data/fixture-survey/child.csv'), '');
    const refused = await analyzeAssessment(dir, { activities: [fixtureActivity()] });
    if (refused.status !== 'success') throw new Error(refused.message);
    expect(refused.results.indicators.every((i) => i.status === 'not-computed')).toBe(true);
    expect(refused.results.indicators[0]?.reason).toBe(
      'not analysed: the data in data/fixture-survey/ have 1 validation error(s). Run dh validate data/fixture-survey and fix them, or analyse anyway with --allow-errors (the results will say so).',
    );
    expect(refused.results.activities[0]?.validation).toEqual({
      errors: 1,
      warnings: 0,
      rows: expect.any(Number),
      analysedDespiteErrors: false,
    });
    const anyway = await analyzeAssessment(dir, { activities: [fixtureActivity()], allowErrors: true });
    if (anyway.status !== 'success') throw new Error(anyway.message);
    expect(anyway.results.indicators.find((i) => i.id === 'offered')?.reason).toBe(
      'no file in data/fixture-survey/ holds child records (files are recognised by their columns; run dh validate data/fixture-survey to see what each file was taken for).',
    );
    expect(anyway.results.indicators.find((i) => i.id === 'roster_internet')?.status).toBe('estimated');
    expect(anyway.results.problems[0]?.message).toMatch(
      /^analysed despite 1 validation error\(s\) in data\/fixture-survey\/ \(--allow-errors\)/,
    );
    for (const outcome of [refused, anyway]) expect(JSON.stringify(outcome.results)).not.toContain(dir);
  });

  it('estimates unweighted indicators with Wilson intervals, labelled not representative', async () => {
    const { results, data } = await analyze();
    const y = Float64Array.from(data.child, (c) => (c['offered'] === 'yes' ? 1 : 0));
    const domain = Uint8Array.from(data.child, (c) => (c['offered'] === 'yes' || c['offered'] === 'no' ? 1 : 0));
    const expected = estimateUnweightedProportion(y, { domain });
    const actual = row(results, 'offered_unweighted');
    expect([actual.estimate, actual.ciLow, actual.ciHigh, actual.ciMethod]).toEqual([
      expected.estimate,
      expected.ciLow,
      expected.ciHigh,
      'wilson',
    ]);
    expect(actual.flags).toContain('not-representative');
    expect(actual.weightedN).toBeNull();
    expect(row(results, 'offered').flags).not.toContain('not-representative');
  });

  it('gives a national count for the overall share of a declared population base only', async () => {
    const { results } = await analyze();
    const overall = row(results, 'offered');
    expect(overall.nationalCount).toBe(Math.round((overall.estimate ?? 0) * 2_000_000));
    expect(overall.nationalCountLow).toBe(Math.round((overall.ciLow ?? 0) * 2_000_000));
    expect(row(results, 'offered', 'sex', 'girl').nationalCount).toBeNull();
    expect(row(results, 'roster_internet').nationalCount).toBeNull();
  });

  it('records the contract, derived-variable and instrument versions used, and the assessment population', async () => {
    const { results } = await analyze();
    expect(results.indicators.find((i) => i.id === 'told_no_one')?.derivedVariables).toEqual([{ name: 'told_no_one', version: '1.0.0' }]);
    expect(results.activities[0]).toMatchObject({ id: 'fixture-survey', pinnedVersion: '1.2.0', packageVersion: '1.2.0' });
    expect(results.assessment).toMatchObject({
      country: 'XA',
      config: 'assessment.json',
      fieldwork: { start: '2021-01-11', end: '2021-04-30' },
    });
    expect(results.activities[0]?.parameters).toEqual([
      { id: 'ages', title: 'Ages surveyed', value: '12–17' },
      { id: 'internet-user', title: 'Internet users: used the internet within', value: '3 months' },
    ]);
    expect(results.thresholds).toEqual({ suppressBelow: 25, flagBelow: 50, qualitativeSuppressBelow: 5, override: null });
  });

  it('leaves rows with no value out of a mean, as R na.rm does', async () => {
    const { results, data } = await analyze();
    const answered = data.child.filter((c) => c['hours_online'] !== '').length;
    expect(row(results, 'hours_online').n).toBe(answered);
    expect(answered).toBeLessThan(data.child.length);
  });

  it('does not compute an indicator whose accepted versions exclude the pinned instrument', async () => {
    const { results } = await analyze(
      {},
      fixtureActivity({ indicators: FIXTURE_INDICATORS.map((i) => ({ ...i, acceptsVersions: '^1.3.0' })) }),
    );
    const offered = results.indicators.find((i) => i.id === 'offered');
    expect(offered?.status).toBe('not-computed');
    expect(offered?.reason).toMatch(/collected with fixture-survey 1\.2\.0 .* accepts only \^1\.3\.0/);
    expect(results.estimates).toEqual([]);
  });

  it('refuses to analyse at all with an installed activity of another major version than the pin', async () => {
    const dir = tempDir();
    writeFixtureAssessment(dir, { activityVersion: '2.0.0' });
    const outcome = await analyzeAssessment(dir, { activities: [fixtureActivity()] });
    expect(outcome).toEqual({
      status: 'failure',
      message: expect.stringMatching(/^The assessment pins fixture-survey@2\.0\.0, but fixture-survey@1\.2\.0 is installed/),
    });
  });

  it('does not compute an indicator that reads a variable its record type lacks', async () => {
    const broken = {
      ...FIXTURE_INDICATORS[0],
      id: 'broken',
      numerator: { kind: 'ref', name: 'no_such_question' },
    } as (typeof FIXTURE_INDICATORS)[number];
    const { results } = await analyze({}, fixtureActivity({ indicators: [broken] }));
    expect(results.indicators[0]?.reason).toMatch(/reads "no_such_question", which record type "child" does not have/);
  });

  it('reports a stratum with one PSU under the fail policy instead of crashing, and estimates under adjust', async () => {
    const edit = (data: FixtureData) => {
      for (const c of data.child) if (c['stratum'] === 's4') c['psu'] = 'EA401';
    };
    const failing = await analyze({ edit });
    expect(row(failing.results, 'offered').flags).toEqual(['not-estimable']);
    expect(row(failing.results, 'offered').notes.join(' ')).toMatch(/Stratum "s4" has only one PSU/);
    expect(failing.results.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        indicator: 'offered',
        message: expect.stringMatching(/^Not estimable: Stratum "s4" has only one PSU/),
      }),
    );
    const adjusted = await analyze({ edit, lonelyPsu: 'adjust' });
    expect(row(adjusted.results, 'offered').estimate).toBeGreaterThan(0);
  });
});
