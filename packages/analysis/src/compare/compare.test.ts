import { describe, expect, it } from 'vitest';
import { fixtureActivity, FIXTURE_INDICATORS } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment, type FixtureAssessmentOptions } from '../../test/support/fixture-assessment.js';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import { renderComparison } from './write-comparison.js';
import type { AnalysisResults } from '../results/results-schema.js';
import { activitySnapshot, diffSnapshots, q } from '@dh/core';
import { compareResults } from './compare-results.js';
import type { VersionChanges } from './comparability.js';

const tempDir = useTempDirs();

async function resultsFor(options: FixtureAssessmentOptions, activity = fixtureActivity()): Promise<AnalysisResults> {
  const dir = tempDir();
  writeFixtureAssessment(dir, options);
  const outcome = await analyzeAssessment(dir, { activities: [activity] });
  if (outcome.status !== 'success') throw new Error(outcome.message);
  return outcome.results;
}

const cellsOf = (comparison: ReturnType<typeof compareResults>, indicator: string, level: string | null = null) =>
  comparison.rows.find((r) => r.indicator === indicator && r.level === level)?.cells ?? [];

describe('dh compare', () => {
  it('puts comparable countries side by side with their own published numbers', async () => {
    const xa = await resultsFor({});
    const xc = await resultsFor({ country: 'XC', name: 'Xcountry', data: { seed: 7 } });
    const [a, c] = cellsOf(compareResults([xa, xc]), 'offered', 'girl');
    const own = xc.estimates.find((e) => e.indicator === 'offered' && e.level === 'girl');
    expect(a?.comparable).toBe(true);
    expect(c).toMatchObject({ country: 'XC', comparable: true, reason: null, estimate: own?.estimate, ciLow: own?.ciLow, n: own?.n });
  });

  it('refuses a country that surveyed another age range, saying so in every cell and format', async () => {
    const xa = await resultsFor({});
    const xb = await resultsFor({ country: 'XB', name: 'Xbland', ageRange: { min: 9, max: 17 } });
    const comparison = compareResults([xa, xb]);
    const reason = 'Ages surveyed: XB 9–17, XA 12–17; not comparable.';
    for (const row of comparison.rows)
      expect(row.cells[1]).toMatchObject({ comparable: false, reason, estimate: null, ciLow: null, n: null });
    expect(renderComparison(comparison, 'csv')).toContain(reason);
    const html = renderComparison(comparison, 'html');
    // Comparable nowhere: no column of its own, and the reason said once, above the table.
    expect(html.split(reason)).toHaveLength(2);
    expect(html).toMatch(/<h2>Not shown<\/h2><ul class="not-shown"><li><strong>Xbland \(XB\)<\/strong>: Ages surveyed/);
    expect(html).not.toContain('<th scope="col" class="num">Xbland (XB)</th>');
    expect(html).not.toContain('not comparable (note');
    expect(comparison.countries[1]?.activities[0]?.refusal).toBe(reason);
  });

  it('refuses another instrument major version and another internet-user definition', async () => {
    const xa = await resultsFor({});
    const newer = await resultsFor(
      { country: 'XD', activityVersion: '2.0.0' },
      fixtureActivity({ version: '2.0.0', indicators: FIXTURE_INDICATORS.map((i) => ({ ...i, acceptsVersions: '^2.0.0' })) }),
    );
    const recall = await resultsFor({ country: 'XE', recallMonths: 12 });
    const [, d, e] = cellsOf(compareResults([xa, newer, recall]), 'offered');
    expect(d?.reason).toBe('XD used fixture-survey instrument 2.0.0, XA 1.2.0: different major versions, not comparable.');
    expect(e?.reason).toBe('Internet users: used the internet within: XE 12 months, XA 3 months; not comparable.');
  });

  it('names, from the published snapshots, the changes that make two versions incomparable', async () => {
    const published = fixtureActivity();
    const next = fixtureActivity({
      version: '2.0.0',
      indicators: FIXTURE_INDICATORS.map((i) =>
        i.id === 'offered' ? { ...i, version: '2.0.0', acceptsVersions: '^2.0.0', universe: q('age').between(9, 17) } : i,
      ),
    });
    const snapshots = new Map([published, next].map((a) => [a.version, activitySnapshot(a)]));
    const versionChanges: VersionChanges = (_activity, from, to) => {
      const [a, b] = [snapshots.get(from), snapshots.get(to)];
      return a && b ? diffSnapshots(a, b).changes : undefined;
    };
    const xa = await resultsFor({});
    const xd = await resultsFor({ country: 'XD', activityVersion: '2.0.0' }, next);
    const comparison = compareResults([xa, xd], { versionChanges });
    const reason = cellsOf(comparison, 'offered')[1]?.reason ?? '';
    expect(reason).toMatch(
      /^XD used fixture-survey instrument 2\.0\.0, XA 1\.2\.0: different major versions, not comparable\. What changed from 1\.2\.0 to 2\.0\.0: .*indicator offered: universe changed \(age ≥ 12 and age ≤ 17 → age ≥ 9 and age ≤ 17\)/,
    );
    expect(reason).toContain('(all of it: dh diff --activity fixture-survey --from 1.2.0 --to 2.0.0)');
    // With the newer country as the reference, the changes still read from the older version to the newer.
    const reversed = cellsOf(compareResults([xd, xa], { versionChanges }), 'offered')[1]?.reason ?? '';
    expect(reversed).toContain('What changed from 1.2.0 to 2.0.0: ');
    expect(reversed).toContain('(all of it: dh diff --activity fixture-survey --from 1.2.0 --to 2.0.0)');
    // Without the snapshots, the refusal stands and says only that the versions differ.
    expect(cellsOf(compareResults([xa, xd]), 'offered')[1]?.reason).toBe(
      'XD used fixture-survey instrument 2.0.0, XA 1.2.0: different major versions, not comparable.',
    );
  });

  it('refuses an indicator whose contract changed major version', async () => {
    const xa = await resultsFor({});
    const changed = await resultsFor(
      { country: 'XF' },
      fixtureActivity({ indicators: FIXTURE_INDICATORS.map((i) => (i.id === 'offered' ? { ...i, version: '2.0.0' } : i)) }),
    );
    const comparison = compareResults([xa, changed]);
    expect(cellsOf(comparison, 'offered')[1]?.reason).toBe(
      'XF computed it with contract 2.0.0, XA with 1.0.0: the definition changed, not comparable.',
    );
    expect(cellsOf(comparison, 'hours_online')[1]?.comparable).toBe(true);
  });

  it("keeps each country's suppression: a comparable suppressed cell has its flag and no number", async () => {
    const xa = await resultsFor({});
    const xc = await resultsFor({ country: 'XC', data: { seed: 3 } });
    const cell = cellsOf(compareResults([xa, xc]), 'told_no_one', 'girl')[1];
    expect(cell).toMatchObject({ comparable: true, estimate: null, flags: ['suppressed'] });
  });
});
